/**
 * The rules a trunk must pass, shared by the window and the CLI. Pure functions: no I/O, no exceptions for any
 * input, quick enough for every keystroke (about 20-35 microseconds for a whole draft).
 *
 * <ul>
 *   <li>{@link org.trunkwizard.validation.TrunkChecks#check}: the whole trunk, giving the normalized trunk and its
 *       problems in the wizard's field order. Fields are lk JSON names; {@code numbers[i]} counts entries as typed.
 *   <li>{@link org.trunkwizard.validation.SipAddress#check}: the address and the bare host it becomes.
 *   <li>{@link org.trunkwizard.validation.PhoneNumbers#parse}: one row per typed number, with E.164 and country.
 *       Call {@link org.trunkwizard.validation.PhoneNumbers#warmUp} off the FX thread after the first frame:
 *       libphonenumber's first use costs about 50 ms.
 *   <li>{@link org.trunkwizard.validation.PasswordPolicy}: credential rules and a 0-4 strength for a meter;
 *       {@link org.trunkwizard.validation.PasswordGenerator} makes passwords every carrier accepts.
 * </ul>
 */
package org.trunkwizard.validation;
