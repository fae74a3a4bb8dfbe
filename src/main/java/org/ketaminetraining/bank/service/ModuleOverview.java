package org.ketaminetraining.bank.service;

import java.io.Serializable;

/** A module of the bank in use: how many published questions it has, and how many are safety-critical. */
public record ModuleOverview(String moduleKey, String title, long questions, long safetyCritical)
        implements Serializable {
}
