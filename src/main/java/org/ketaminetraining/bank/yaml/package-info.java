/**
 * The YAML side of the bank format: reading module, tag and curriculum files into the model while recording
 * every problem with the line and column of the node at fault, and writing the model back as YAML.
 *
 * <p>Files are read with snakeyaml-engine's node API (YAML 1.2 core schema, the same rules the yaml-language-server
 * in authors' editors applies, so {@code no} stays text and is not turned into false). Only nodes are composed,
 * never Java objects, so a file cannot make the reader instantiate anything.
 */
package org.ketaminetraining.bank.yaml;
