/** Tests of the certification capability. */
package org.ketaminetraining.certification;
