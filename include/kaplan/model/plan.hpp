// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/dates.hpp"
#include "kaplan/model/diagnostic.hpp"
#include "kaplan/model/id_table.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace kaplan {

// A value read from the plan with the place it was written. `set` is false when the
// field was absent (the value then holds the format's default).
template <class T>
struct Field {
  T value{};
  Location loc{};
  bool set = false;

  explicit operator bool() const { return set; }
  const T& operator*() const { return value; }
  const T* operator->() const { return &value; }
};

// A reference to another entity by id, with where it was written.
struct Ref {
  std::string id;
  Location loc;
};

// One entry of a {year: n} mapping.
struct YearValue {
  int year = 0;
  double value = 0;
  Location loc; // of the year key
};

// One entry of a {name: number} mapping (skills, costs, needs, shares).
struct NamedValue {
  std::string name;
  double value = 0;
  Location loc; // of the key
};

// One `ignore:` entry of an entity: a finding of `rule` about it is suppressed.
struct Suppression {
  std::string rule;
  std::string reason;
  std::optional<Date> until;
  Location loc;
};

// What every identified entity has.
struct Entity {
  std::string id;
  Location loc;   // of the id value (or of the entry when the id is missing)
  Location entry; // of the entry's mapping
  std::vector<Suppression> ignore;
};

enum class UnitKind : std::uint8_t { company, department, region, branch, team };
enum class PlanStatus : std::uint8_t { draft, review, approved };
enum class FactorCategory : std::uint8_t {
  policy,
  economy,
  society,
  technology,
  industry,
  customer,
  competition
};
enum class Impact : std::uint8_t { high, medium, low };
enum class Effect : std::uint8_t { opportunity, threat };
enum class SegmentPriority : std::uint8_t { core, grow, maintain, exit };
enum class SourceKind : std::uint8_t { survey, interview, report, data, workshop };
enum class Perspective : std::uint8_t { financial, customer, internal, learning };
enum class Direction : std::uint8_t { up, down };
enum class Rollup : std::uint8_t { sum, mean, min, max };
enum class KpiType : std::uint8_t { cumulative, level };
enum class StrategyKind : std::uint8_t { market, internal };
enum class AssetKind : std::uint8_t {
  talent,
  information,
  external,
  group,
  partner,
  fixed_asset,
  other
};
enum class Priority : std::uint8_t { critical, high, normal, low };
enum class Stage : std::uint8_t { issues, objectives, strategies, resources, approval };
enum class Cadence : std::uint8_t { monthly, quarterly, half_yearly, yearly };
enum class ActionStatus : std::uint8_t { not_started, in_progress, done, dropped };

struct Unit : Entity {
  Field<std::string> name;
  Field<UnitKind> kind;
  Field<Ref> parent;
  Field<Ref> head;           // person id of the unit's head (issue #19)
  std::vector<Ref> deputies; // person ids who may sign off for the head
};

struct Person : Entity {
  Field<std::string> name;
  Field<Ref> unit;
  Field<std::string> role;
  Field<double> capacity{1.0};
  Field<double> committed{0.0};
  Field<Month> committed_until;
  std::vector<NamedValue> skills;
};

struct Assumption : Entity {
  Field<std::string> statement;
  Field<std::string> signal;
  Field<Date> review_by;
};

struct Factor : Entity {
  Field<FactorCategory> category;
  Field<std::string> finding;
  Field<Impact> impact;
  Field<Effect> effect;
  std::vector<Ref> sources;
};

struct Segment : Entity {
  Field<std::string> name;
  Field<double> accounts;
  std::vector<YearValue> revenue;
  Field<double> potential;
  Field<double> growth;
  Field<SegmentPriority> priority;
  std::vector<Field<std::string>> needs;
  std::vector<Ref> sources;
};

struct Competitor : Entity {
  Field<std::string> name;
  std::vector<Field<std::string>> strengths;
  std::vector<Field<std::string>> weaknesses;
  std::vector<NamedValue> share; // segment id -> share
  std::vector<Ref> sources;      // ids of the sources behind the analysis (decision 65)
};

struct Source : Entity {
  Field<SourceKind> kind;
  Field<std::string> title;
  Field<Date> date;
};

struct Capability : Entity {
  Field<std::string> area;
  Field<double> rating;
  Field<double> benchmark;
  Field<Ref> benchmark_source;
  Field<std::string> note;
};

struct Issue : Entity {
  Field<std::string> statement;
  std::vector<Ref> evidence;
};

struct Objective : Entity {
  Field<Perspective> perspective;
  Field<std::string> statement;
  std::vector<Ref> addresses;
  Field<std::string> aligns_to;
};

// Colour thresholds of a KPI: attainment ratios.
struct Thresholds {
  double green = 1.0;
  double amber = 0.9;
};

struct Kpi : Entity {
  Field<std::string> name;
  Field<Ref> objective;
  Field<Ref> parent;
  Field<Ref> unit;
  Field<Ref> owner;
  Field<std::string> measure;
  Field<Direction> direction;
  Field<Rollup> rollup;
  // `rollup: mean` weighted by another KPI: each child weighs by the child of that KPI in
  // the same unit (kaplan-plan(5), decision 55).
  Field<Ref> weighted_by;
  Field<KpiType> type;
  Field<double> baseline;
  std::vector<YearValue> targets;
  Location targets_loc; // of the `targets` key, when given
  Field<double> weight;
  Field<std::vector<double>> phasing;
  Field<Thresholds> thresholds;
  // The customer segments the KPI is earned in (KAP-R010, decision 68).
  std::vector<Ref> segments;
  // The KPI of the higher plan (`plan.derives_from`) this top-level KPI carries out: an id
  // of that plan's KPIs (the P rules).
  Field<std::string> derives;
};

struct Strategy : Entity {
  Field<std::string> statement;
  Field<StrategyKind> kind;
  std::vector<Ref> objectives;
  Location objectives_loc;
  std::vector<Ref> basis;
};

// A line of `resources.budget`; budget lines have no id.
struct BudgetLine {
  Location entry;
  Field<int> year;
  Field<std::string> category;
  Field<double> amount;
  std::vector<Suppression> ignore;
};

struct Asset : Entity {
  Field<AssetKind> kind;
  Field<std::string> name;
  Field<std::string> note;
};

// What an action is expected to add to one KPI, per year (`contributes`, decision 67):
// amounts in the KPI's measure, counted in its direction (more for `up`, less for `down`).
struct Contribution {
  Ref kpi;
  std::vector<YearValue> years;
  // A year or amount was rejected (KAP-S003, KAP-S007, KAP-S008): the sum is unknown, so
  // KAP-K014 leaves the KPI to that finding (one mistake, one finding).
  bool unknown = false;
};

// A team member of an action, loaded like the owner.
struct TeamMember {
  Location entry;
  Field<Ref> person;
  Field<double> effort;
};

struct Action : Entity {
  Field<std::string> title;
  Field<Ref> strategy;
  std::vector<Ref> kpis;
  Field<Ref> unit;
  Field<Ref> owner;
  Field<Date> start;
  Field<Date> due;
  Field<double> effort;
  std::vector<TeamMember> team;
  std::vector<NamedValue> cost;  // category -> amount
  std::vector<NamedValue> needs; // skill -> level
  std::vector<Ref> uses;
  std::vector<Ref> depends_on;
  Field<Priority> priority{Priority::normal};
  std::vector<Contribution> contributes;
};

struct Decision : Entity {
  Field<Stage> stage;
  Field<Date> date;
  Field<Ref> chair;
  std::vector<Ref> participants;
  Field<std::string> outcome;
};

struct ReviewCadence : Entity {
  Field<Cadence> cadence;
  Field<Ref> owner;
  std::vector<Ref> kpis;
};

// A sign-off of the plan by a unit; no id.
struct Signoff {
  Location entry;
  Field<Ref> unit;
  Field<Ref> by;
  Field<Date> date;
};

// The plan's header (`plan:` in the root file).
struct PlanHeader : Entity {
  Field<std::string> title;
  Field<std::string> organization;
  Field<int> cycle;
  Field<int> horizon{3};
  Field<std::string> money{"CNY"};
  Field<PlanStatus> status{PlanStatus::draft};
  Field<Ref> owner;
  Field<std::string> derives_from;
  Field<std::string> previous;
  // The unit of the higher plan (`derives_from`) this plan is for: an id of that plan's
  // units, not necessarily of this one's (default: `owner`). The P rules match on it.
  Field<std::string> unit;
};

// Where a rolled plan's baseline came from (the `review` section's `baseline_from`):
// `forecast` is the full year forecast from actuals that do not close the year.
enum class BaselineSource : std::uint8_t { actual, forecast, target, none };
// How a rolled plan's new last-year target was set (`review` `method`).
enum class TargetMethod : std::uint8_t { trend, parent_share, given, none };
// What `rollforward` did with an action (`review` `outcome`).
enum class RollOutcome : std::uint8_t { left_out, carried, kept };
// Where an action stands when the plan is rolled (`review` `category`): it extends past
// 31 December, is forecast to slip past it, is overdue, finished, dropped, will finish
// within the leaving cycle year, or starts in the new cycle or later.
enum class RollCategory : std::uint8_t {
  extends,
  forecast_slip,
  overdue,
  finished,
  dropped,
  within_year,
  later
};

// One KPI of the `review` section: its figures in the closing period of the cycle that
// was rolled forward. `kpi` is an id of that plan, not a reference: it may be gone since.
struct ReviewKpi {
  Location entry;
  Field<std::string> kpi;
  Field<double> target, actual, deviation, relative_deviation, attainment;
  Field<std::string> status; // the colour: green, amber, red or none
  Field<double> baseline;
  Field<BaselineSource> baseline_from;
  Field<double> forecast_share; // the phased share of the year the forecast divided by
  std::vector<YearValue> new_target;
  Field<TargetMethod> method;
};

// One action of the `review` section: how it stood at the end of the closing period and
// what `rollforward` did with it. `action` is an id of the plan rolled forward.
struct ReviewAction {
  Location entry;
  Field<std::string> action;
  Field<std::string> status; // not-started, in-progress, done, dropped or unreported
  Field<RollOutcome> outcome;
  Field<RollCategory> category;
  Field<double> progress, expected_progress, days_late, cost, spent;
  Field<Date> start, due;      // the dates in the plan rolled forward
  Field<Date> forecast_finish; // due plus its time deviation, when it has one
};

// One category of the `review` section's `categories`: how many actions fell in it and
// which (ids of the plan rolled forward).
struct ReviewCategory {
  Location entry;
  Field<RollCategory> category;
  Field<double> count;
  std::vector<Field<std::string>> actions;
};

// The `review` section that `rollforward` writes: what the previous cycle taught.
struct ReviewSection {
  Location loc;              // of the section's mapping
  Field<std::string> plan;   // id of the plan rolled forward
  Field<int> cycle;          // its cycle
  Field<std::string> period; // the closing period of its actuals (`2027-Q4`)
  Field<Date> as_of;
  std::vector<ReviewKpi> kpis;
  std::vector<ReviewAction> actions;
  std::vector<ReviewCategory> categories;
};

// Which file on disk a path reached: two paths to the same file share it. Zero for text
// that did not come from a file on disk (a git revision, a test's string).
struct FileIdentity {
  std::uint64_t device = 0;
  std::uint64_t inode = 0;

  bool on_disk() const { return device != 0 || inode != 0; }
  friend bool operator==(const FileIdentity&, const FileIdentity&) = default;
  friend auto operator<=>(const FileIdentity&, const FileIdentity&) = default;
};

// Where a file's text can be read again after a run let go of it (SourceSet::release).
class TextOrigin {
public:
  virtual ~TextOrigin() = default;
  // The text of the file at `rel` as it is now; false when it cannot be read.
  virtual bool read(const std::string& rel, std::string& text) const = 0;
};

// A file that took part in the run, with its text kept for snippets.
struct SourceFile {
  std::string path; // as shown to the user
  // The text; empty while released (read it through SourceSet::text).
  mutable std::string text;
  FileIdentity identity;
  // A released text: read again from `origin` at `rel` when first needed, and kept only
  // when it is still the text the run checked (same size and digest).
  std::shared_ptr<const TextOrigin> origin;
  std::string rel;
  std::uint64_t size = 0;
  std::size_t digest = 0;
  mutable bool released = false;
};

// All files of one run (plans, actuals, configuration); findings index into it.
struct SourceSet {
  std::vector<SourceFile> files;
  // Byte offsets of line starts per file, built on first use so that snippets for many
  // findings cost O(1) each instead of a scan from the top of the file.
  mutable std::vector<std::vector<std::size_t>> line_starts;
  // Absolute patterns of the plans' `include:` entries (both as written and through the
  // real path of their folder): a file kaplan writes must never land where a plan would
  // read it.
  std::vector<std::string> include_patterns;
  // Adds a file and returns its index.
  std::uint32_t add(std::string path, std::string text, FileIdentity identity = {});
  // Adds a file of another SourceSet (its text, or what reads it again) and returns its index.
  std::uint32_t add(SourceFile file);
  // Lets go of a file's text while the run goes on, to hold less memory: a run on a large
  // plan keeps only the few lines its findings show. The text is read again from
  // `origin` at `rel` the first time it is needed (a snippet, a column) and kept only if
  // the file still holds what the run checked; a file changed since shows no lines.
  void release(std::uint32_t file, std::shared_ptr<const TextOrigin> origin, std::string rel);
  // A file's text, read again when it was released (empty when it has changed since).
  std::string_view text(std::uint32_t file) const;
  // The text of a 1-based line of a file, without its line end; empty when out of range.
  std::string_view line(std::uint32_t file, std::uint32_t line) const;
  // The column of a place counted in characters (Unicode code points), as editors, GitHub
  // annotations and GitLab count them; `Location::column` counts UTF-8 bytes. 0 (no
  // column) stays 0; a column past the line's end keeps its distance from the end.
  std::uint32_t char_column(Location loc) const;
  // The same counted in UTF-16 code units (SARIF's `utf16CodeUnits`): a character outside
  // the Basic Multilingual Plane counts two.
  std::uint32_t utf16_column(Location loc) const;
};

// The typed plan: every section of plan-format-v1, concatenated over all files.
struct Plan {
  Field<int> format_version; // `kaplan:`
  PlanHeader header;
  Location header_loc;            // of the `plan:` key
  std::vector<std::string> files; // paths of the plan's files, root first (display form)
  std::uint32_t root_file = 0;

  std::vector<Unit> units;
  std::vector<Person> people;
  std::vector<Assumption> assumptions;
  std::vector<Factor> factors;
  std::vector<Segment> segments;
  std::vector<Competitor> competitors;
  std::vector<Source> sources;
  std::vector<Capability> capabilities;
  std::vector<Issue> issues;
  std::vector<Objective> objectives;
  std::vector<Kpi> kpis;
  std::vector<Strategy> strategies;
  std::vector<BudgetLine> budget;
  std::vector<Asset> assets;
  std::vector<Action> actions;
  std::vector<Decision> decisions;
  std::vector<ReviewCadence> reviews;
  std::vector<Signoff> signoffs;
  bool has_review_section = false;
  ReviewSection review; // the `review` section, when has_review_section

  // Which top-level sections were present at all (for KAP-C001), by name.
  std::vector<std::string> sections_present;

  // Every id defined anywhere, first definition wins (duplicates are KAP-S005); filled
  // by the loader's index (load/index.cpp) once the sections are read.
  IdTable ids;

  // The entry for an id, or nullptr.
  const IdEntry* find(std::string_view id) const;
  // The id of the entity of a kind at an index of its section; empty when there is none.
  std::string_view id_of(EntityKind kind, std::uint32_t index) const;
  // The entity of a given kind with that id, or nullptr when absent or of another kind.
  const Unit* unit(std::string_view id) const;
  const Person* person(std::string_view id) const;
  const Kpi* kpi(std::string_view id) const;
  const Action* action(std::string_view id) const;
  const Objective* objective(std::string_view id) const;
  const Strategy* strategy(std::string_view id) const;

  // First and last year of the horizon (cycle .. cycle + horizon - 1).
  int first_year() const { return header.cycle.value; }
  int last_year() const { return header.cycle.value + header.horizon.value - 1; }
};

// The section an entity kind is written in ("units", "environment.factors", …): the
// language-neutral way messages name a kind.
std::string_view section_of(EntityKind k);

// The value a KPI's target for `year` grows from: its target of the year before, or its
// baseline for the cycle year; nothing when neither is written (KAP-K014, KAP-R010).
std::optional<double> previous_target(const Plan& plan, const Kpi& kpi, int year);

} // namespace kaplan
