/**
 * Staff accounts, roles, API tokens and security. Other modules use {@link org.putright.identity.StaffDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.putright.identity;
