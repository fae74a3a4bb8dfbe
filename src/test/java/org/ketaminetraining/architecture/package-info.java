/** Guards of the intended shape: pure capabilities stay free of server, UI and persistence frameworks. */
package org.ketaminetraining.architecture;
