/**
 * The resident front door: public pages, no account needed. Make a complaint (GOV.UK question pages that work
 * without JavaScript), check a complaint with its reference and the email address or postcode given, ask for stage 2,
 * and the complaints policy and accessibility statement. Paths are a contract: landlords' websites link to them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resident front door")
package org.putright.frontdoor;
