/**
 * Business calendars: weekly opening hours in a time zone, holidays and special days.
 * Pure functions of an {@link java.time.Instant}; the engine decides what "closed" means.
 */
package org.switchboard.engine.calendar;
