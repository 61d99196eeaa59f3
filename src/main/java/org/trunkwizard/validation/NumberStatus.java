package org.trunkwizard.validation;

/** TEMP stub (lead: drop on merge). */
public enum NumberStatus { VALID, NOT_ASSIGNED, DUPLICATE, INVALID }
