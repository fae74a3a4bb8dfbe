/** Tests of reading and writing bank YAML, including the writer's round trip and stable key order. */
package org.ketaminetraining.bank.yaml;
