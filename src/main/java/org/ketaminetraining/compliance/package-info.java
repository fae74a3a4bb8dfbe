/**
 * Compliance rules, pure: who must complete which programme by when (assignments and their due-date schedules),
 * how a due date stands today, and which reminders are owed. No container, framework or database imports: the
 * rules are plain functions of dates and facts, tested as such (leap years, time zones, a role change on the due
 * date), and the services beside them ({@code compliance.service}) read and write what the rules decide.
 *
 * <p>Why a package of its own and not part of certification: certification decides whether someone <em>holds</em>
 * a valid certificate; compliance decides whether the organisation <em>required</em> it of them and by when. A
 * person may be certified without an assignment (they studied on their own), and assigned without being certified
 * (that is what "overdue" is). Keeping the two apart lets either change without the other.
 */
package org.ketaminetraining.compliance;
