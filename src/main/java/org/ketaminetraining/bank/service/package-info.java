/**
 * Importing the bank files into the database at start-up and on an administrator's request: validate first, then
 * apply every change in one transaction or none; remember each attempt so educators and administrators can see
 * what was imported and why a bank was refused.
 */
package org.ketaminetraining.bank.service;
