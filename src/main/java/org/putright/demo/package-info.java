/**
 * Realistic demonstration data for trying PutRight: staff of every role and complaints in every state, with dates
 * around today so the work queue shows due, due-soon and overdue cases. Loaded only when PUTRIGHT_DEMO_DATA=true and
 * only into a database with no complaints.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.putright.demo;
