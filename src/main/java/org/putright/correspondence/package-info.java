/**
 * Correspondence: the letters the Code requires (acknowledgements, extensions, refusals, responses, action updates),
 * produced when the complaint's own events happen, and the channels they travel by (email, GOV.UK Notify, post), plus
 * inbound mail attached to cases by reference. Part of the complaint's full record (5.12).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Correspondence")
package org.putright.correspondence;
