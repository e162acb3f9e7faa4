// Relationship health: a 0–100 score from four sinews (time, intensity, reciprocity, trust).
#pragma once

#include <optional>

#include "rel/core/contact.hpp"
#include "rel/core/date.hpp"

namespace rel {

struct Settings;

// THE HEALTH MODEL (this block is the source of the HEALTH section of rel(1)).
//
// Everything is computed "as of" a day D (today, or today-30 for the trend); entries
// dated after D, promises made after D and completions after D are ignored. c is the
// contact's cadence in days (its own, else its tags' shortest, else the default).
// Names in [brackets] are HealthParams members; defaults in parentheses.
//
// Contact vs touch. An interaction whose channel weight is at least
// [contact_min_weight] (0.2: every channel but `social` with the default weights)
// is a contact. Touches (a "like") add to intensity but never end a silence.
//
// time. s = days from the last contact to D. K = days known when last in touch
// (last contact minus the earlier of `since:` and the first entry).
// Unanswered contacts: the written contacts (not meeting, call or video, which are answered by
// being held) `by: me` after the last contact that is `by: them` or in real time; n = the
// number of distinct days among them. They are attempts: while n > 0, a = days from their last
// answer to D (from the first attempt when they never answered), and
//   s  = s + [unanswered_silence_share] (0.5) * (a - s)     -- you tried; their silence half counts
//   k  = [known_cushion] (0.25) * min(1, K / [known_full_days] (1825))
//   s' = s / (1 + k)                      -- a long friendship tolerates a little more silence
//   f(x) = 1 / (1 + (x / [time_half_point] (1.5)) ^ [time_steepness] (3))
//   time = 100 * ((1 - r) * f(s' / c) + r * f(s' / m))
// where m is the median gap between distinct contact days and r = [rhythm_weight]
// (0.25) once there are at least [rhythm_min_gaps] (3) gaps, else 0. f is 1 at no
// silence, about 0.77 at one cadence, 0.5 at 1.5 cadences, 0.3 at two and 0.11 at three.
// Never in contact: time = 0.
//
// intensity. h = [half_life_cadences] (1) * c. Each entry i (contacts and touches)
// has v_i = weight(via_i) * 2 ^ (-age_i / h). With v sorted from largest to smallest,
//   I     = sum_k v_(k) * [repeat_discount] (0.8) ^ k        (k = 0, 1, ...)
//   ideal = 1 / (1 - [repeat_discount] * 2 ^ (-c / h))        -- a meeting every cadence, forever
//   intensity = 100 * (1 - exp(-[intensity_gain] (2) * I / ideal))
// The discount means many shallow touches never add up to one deep one (a dozen
// likes, 0.47, stay below one dinner, 1.0); "ideal" scores about 86.
//
// reciprocity. Contacts newest first; the k-th (k = 0, 1, ...) weighs g^k with
// g = [reciprocity_memory] (0.9), so about the last ten matter. me = total weight
// `by: me`, them = `by: them`, p = [reciprocity_prior] (4), and the one-sided excess
// e = max(0, |me - them| - [reciprocity_slack] (1)) (someone always has to go first):
//   reciprocity = 100 * (me + them - e + p / 2) / (me + them + p)
// No data is 50, one entry 60; all one-sided tends to 21; strict give and take to 86.
// A contact by the side that is not ahead (a reply) never lowers it.
//
// trust. Over promises `by: me` (promises `by: them` never count):
//   kept on time (done <= due, or no due)        good += 1
//   kept late                                    good += [kept_late_credit] (0.4)
//   open and past due by d days                  bad  += min([overdue_penalty_max] (3),
//                                                    1 + d / [overdue_growth_days] (30))
//   open and not yet due, or open without due    nothing
//   trust = 100 * (good + q / 2) / (good + bad + q),  q = [trust_prior] (2)
// No promises is 50.
//
// score. The weighted mean of the sinews with weights [weight_time] (0.35),
// [weight_intensity] (0.20), [weight_reciprocity] (0.25), [weight_trust] (0.20), less the
// chase: once n >= [chase_contacts] (3) (several unanswered contacts of yours),
//   chase = min([chase_points_max] (25), [chase_points] (5) * (n - 1))
// points (the first attempt was only your turn). Six weekly emails never answered lose 25.
//
// trend. previous = score as of today - [trend_days] (30), and trend = score - previous, once
// the first entry is at least trend_days old; before that there is no trend (a score before
// the first entry is not a fall or a rise, only the lack of history).
//
// Consequences (pinned by tests/unit/health_test.cpp): while nothing new is dated, each day
// of silence lowers the score or keeps it, faster the shorter the cadence; a contact never
// logged scores 22.5 (no promises); logging a meeting or a call raises the score after a
// silence of at least one cadence, and after any silence when it is a reply (by the side
// that is not ahead); a third unanswered email lowers it.
struct HealthParams {
  // Weights of the sinews in the score; time leads because silence is what loses people.
  double weight_time = 0.35;
  // Depth of contact matters, but less than whether there is contact at all.
  double weight_intensity = 0.20;
  // Give and take is what people name first in a relationship: only silence weighs more.
  double weight_reciprocity = 0.25;
  // Broken promises hurt more than a missed call; kept ones build the relationship.
  double weight_trust = 0.20;

  // Channels lighter than this (a social "like") are touches: they never end a silence.
  double contact_min_weight = 0.2;
  // Silence, in reference periods, at which the time sinew is half: a little past cadence is not yet decay.
  double time_half_point = 1.5;
  // How sharply time falls around the half point: gentle within cadence, steep past it.
  double time_steepness = 3.0;
  // Share of the time sinew judged against the person's own rhythm rather than the cadence you set.
  double rhythm_weight = 0.25;
  // Gaps needed before a median gap means anything.
  int rhythm_min_gaps = 3;
  // At most this much extra silence (as a fraction) is tolerated for people known long.
  double known_cushion = 0.25;
  // Days of acquaintance at which the cushion is full: five years.
  int known_full_days = 1825;
  // Share of their silence that still counts after your unanswered messages: you tried, they did not answer.
  double unanswered_silence_share = 0.5;

  // Half-life of an interaction's weight, in cadences: "recent" is relative to the rhythm you want.
  double half_life_cadences = 1.0;
  // Each further interaction, ranked by depth, counts this much of the one before.
  double repeat_discount = 0.8;
  // Steepness of the intensity curve: a meeting every cadence scores about 86.
  double intensity_gain = 2.0;

  // Each older contact weighs this much of the next newer in reciprocity: about the last ten matter.
  double reciprocity_memory = 0.9;
  // Imaginary contacts worth 50 each so a handful of entries stays near neutral.
  double reciprocity_prior = 4.0;
  // A lead of one contact is only whose turn it is: a reply never lowers reciprocity.
  double reciprocity_slack = 1.0;
  // Unanswered contacts of yours that make a chase: one is your turn, two a follow-up, three chasing.
  int chase_contacts = 3;
  // Health lost per unanswered contact past the first, once chasing: visibly, and in words.
  double chase_points = 5.0;
  // A chase never costs more than this: past it, silence says the rest.
  double chase_points_max = 25.0;

  // Imaginary neutral promises so one promise does not swing trust to an extreme.
  double trust_prior = 2.0;
  // A promise kept late still counts, for less than one kept on time.
  double kept_late_credit = 0.4;
  // Every this many days overdue, an open promise weighs one more broken promise.
  int overdue_growth_days = 30;
  // An overdue promise never weighs more than this many broken promises.
  double overdue_penalty_max = 3.0;

  // The trend compares with the score this many days earlier.
  int trend_days = 30;

  // who-to-call: silence of this many cadences makes a contact due (spec property 2).
  double due_cadences = 1.0;
  // who-to-call: silence of this many cadences makes a contact urgent (spec property 2).
  double urgent_cadences = 2.0;
  // Urgency of being due at all, so a due contact outranks a merely low score.
  double urgency_due = 20.0;
  // The most silence adds above urgency_due: long silences still order among themselves, but a year more
  // of it never outweighs what can be lost today.
  double urgency_silence_max = 40.0;
  // Doublings of the silence past due at which it adds half of urgency_silence_max: at 2x, when urgent.
  double urgency_silence_half = 1.0;
  // A never-logged contact with this cadence is as urgent as one silent twice its cadence; shorter
  // cadences first, because the first contact is what the cadence asks for soonest.
  int never_logged_days = 7;
  // Urgency of each thing that can be lost today (an important date today or tomorrow, a promise of yours
  // due today or overdue); everything else together stays under it, so these always come first.
  double urgency_today = 100.0;
  // Important dates this close (0 today, 1 tomorrow) can be lost today: the card, the call, the gift.
  int date_today_days = 1;
  // Urgency of each overdue promise of yours, on top of urgency_today: the longer overdue, the more.
  double urgency_promise = 15.0;
  // Further urgency per day a promise is overdue.
  double urgency_promise_per_day = 0.5;
  // Days after which an overdue promise grows no more urgent.
  int urgency_promise_max_days = 60;
  // Urgency of each overdue promise they made you: a reason to get in touch, not yet a loss.
  double urgency_waiting = 10.0;
  // Urgency per point of health below 100.
  double urgency_per_health_point = 0.3;
  // Urgency per point the score fell over the trend period.
  double urgency_per_point_fallen = 0.5;
  // Health below this makes a contact decaying.
  double low_health = 40.0;
  // A fall of at least this many points over the trend period makes a contact decaying.
  double falling_points = 10.0;
  // Important dates this close (in days) push a contact up the list.
  int date_horizon_days = 7;
  // Important dates this close (in days) are a reason to call by themselves.
  int date_due_days = 3;
  // Urgency of an important date today; it shrinks linearly to 0 past the horizon.
  double urgency_date = 25.0;

  // report: silence of this many cadences loses a relationship...
  double lost_cadences = 3.0;
  // ...and never less than this many days: ~90 days of silence loses a customer.
  int lost_min_days = 90;
  // report: a change of at least this many points is growth or decline.
  double change_points = 10.0;

  bool operator==(const HealthParams&) const = default;
};

struct Sinews {
  double time = 0;
  double intensity = 0;
  double reciprocity = 0;
  double trust = 0;
  bool operator==(const Sinews&) const = default;
};

struct Health {
  double score = 0;  // 0..100
  Sinews sinews;     // each 0..100
  // The score as of today - trend_days, and score - previous (negative when declining): only once the
  // first entry is that old.
  std::optional<double> previous;
  std::optional<double> trend;
  int cadence_days = 0;
  std::optional<Date> last;              // the last contact (not touch) on or before the day assessed
  std::optional<int> days_since;         // days from `last` to that day
  std::optional<double> usual_gap_days;  // median gap between contacts, once there are enough
  int unanswered = 0;                    // days of written contact by you since their last answer
  std::optional<Date> unanswered_since;  // the first of those days
  double chase = 0;                      // points the score lost for chasing (0 below chase_contacts)
  bool operator==(const Health&) const = default;
};

// The score and its sinews as of `today`, with the trend over the last trend_days.
Health assess(const Contact& contact, const Settings& settings, Date today);

// The score and its sinews as of `as_of`, counting only what happened by then (no trend).
Health assess_as_of(const Contact& contact, const Settings& settings, Date as_of);

// Whether an interaction ends a silence (a contact) or is only a touch.
bool is_contact(const Interaction& interaction, const Settings& settings);

// The latest contact (not touch) on or before `as_of`, if any.
const Interaction* last_contact(const Contact& contact, const Settings& settings, Date as_of);

}  // namespace rel
