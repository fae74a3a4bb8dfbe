/** Tests of the Markdown safety check and renderer. */
package org.ketaminetraining.bank.markdown;
