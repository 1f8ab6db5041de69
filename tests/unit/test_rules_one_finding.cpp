// SPDX-License-Identifier: MIT
// One mistake, one finding (issue #18): a structure finding that leaves a value unknown
// names it (Finding::unknown), the plan rules whose findings depend on that value leave
// them out (RuleCheck::needs), and the structure finding says how many it hid. The same
// plans without the mistake still give those rules' findings when they are really wrong.
#include "kaplan/model/messages.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "kaplan/rules/rules.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <set>
#include <string>
#include <vector>

namespace unit_rules_one_finding {

using namespace kaplan;
using namespace kaplan::test;

namespace {

// A small plan: four perspectives, two top-level KPIs weighted 0.6 + 0.4, a 2027
// marketing budget of 100 and actions costing 60 (marketing) and 30 (opex, no line).
// `edit` replaces one piece of text, to write a mistake into it.
std::string plan(std::string_view from = {}, std::string_view to = {}) {
  std::string text = R"(kaplan: 1
plan: {id: t, title: t, cycle: 2027, horizon: 1}
units:
  - {id: hq, name: HQ, kind: company}
people:
  - {id: P-a, name: A, unit: hq}
issues:
  - {id: ISS-1, statement: s}
objectives:
  - {id: O-f, perspective: financial, statement: s, addresses: [ISS-1]}
  - {id: O-c, perspective: customer, statement: s, addresses: [ISS-1]}
  - {id: O-i, perspective: internal, statement: s, addresses: [ISS-1]}
  - {id: O-l, perspective: learning, statement: s, addresses: [ISS-1]}
kpis:
  - {id: K-f, name: k, objective: O-f, measure: m, owner: P-a, targets: {2027: 1}, weight: 0.4}
  - {id: K-c, name: k, objective: O-c, measure: m, owner: P-a, targets: {2027: 1}, weight: 0.6}
strategies:
  - {id: S-1, statement: s, kind: internal, objectives: [O-f, O-c, O-i, O-l]}
resources:
  budget:
    - {year: 2027, category: marketing, amount: 100}
actions:
  - {id: AC-1, title: t, strategy: S-1, owner: P-a, start: 2027-03-01, due: 2027-03-31, cost: {marketing: 60}}
  - {id: AC-2, title: t, strategy: S-1, owner: P-a, start: 2027-04-01, due: 2027-04-30, cost: {opex: 30}}
)";
  if (!from.empty()) {
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
  }
  return text;
}

std::string message(const Finding& f, Lang lang = Lang::en) {
  return finding_message(f, lang);
}

} // namespace

TEST_CASE("the plan of these tests gives one R002 (opex has no line) and no C007 or K009") {
  Checked c(plan());
  CHECK(c.of("KAP-R002").size() == 1);
  CHECK(c.of("KAP-C007").empty());
  CHECK(c.of("KAP-K009").empty());
  CHECK(c.of("KAP-S002").empty());
}

TEST_CASE("a misspelt `budget` gives one KAP-S002 that counts the budget checks it hid") {
  Checked c(plan("  budget:\n", "  budjet:\n"));
  CHECK(c.of("KAP-R002").empty());
  CHECK(c.of("KAP-R009").empty());
  auto s = c.of("KAP-S002");
  REQUIRE(s.size() == 1);
  CHECK(s[0].unknown == "resources.budget");
  CHECK(s[0].skipped == 2); // marketing and opex in 2027, neither with a line
  CHECK(message(s[0]) == "unknown key `budjet` in `resources`; did you mean `budget`? (2 budget "
                         "checks skipped)");
  CHECK(message(s[0], Lang::zh) ==
        "`resources` 中有未知的键 `budjet`，是否应为 `budget`？（因此跳过了 2 项预算检查）");
  // Spelt right, the budget is read and a real overrun is still reported.
  Checked right(plan("amount: 100", "amount: 50"));
  auto r = right.of("KAP-R002");
  REQUIRE(r.size() == 2);
  CHECK(message(r[0]).ends_with("; actions: AC-1"));
}

TEST_CASE("a bad amount in a budget line hides the budget checks too") {
  Checked c(plan("amount: 100", "amount: 100k"));
  CHECK(c.of("KAP-R002").empty());
  auto s = c.of("KAP-S003");
  REQUIRE(s.size() == 1);
  CHECK(s[0].unknown == "resources.budget.amount");
  CHECK(s[0].skipped == 2);
  CHECK(message(s[0]).ends_with("; 2 budget checks skipped"));
}

TEST_CASE("a bad perspective gives one KAP-S007 and no KAP-C007") {
  Checked c(plan("perspective: learning", "perspective: learnin"));
  CHECK(c.of("KAP-C007").empty());
  auto s = c.of("KAP-S007");
  REQUIRE(s.size() == 1);
  CHECK(s[0].unknown == "objectives.perspective");
  CHECK(s[0].entity == "O-l");
  CHECK(s[0].skipped == 1);
  CHECK(message(s[0]).ends_with("did you mean `learning`? (1 perspective check skipped)"));
  CHECK(message(s[0], Lang::zh).ends_with("（因此跳过了 1 项平衡计分卡维度检查）"));
  // Without the objective the perspective is really missing: KAP-C007 says so.
  Checked missing(
      plan("  - {id: O-l, perspective: learning, statement: s, addresses: [ISS-1]}\n", ""));
  REQUIRE(missing.of("KAP-C007").size() == 1);
  CHECK(missing.of("KAP-C007")[0].args[0].value == "learning");
}

TEST_CASE("`weight: 40%` gives one KAP-S003 and no KAP-K009 (nor KAP-C008, which sums weights)") {
  Checked c(plan("weight: 0.6", "weight: 60%"));
  CHECK(c.of("KAP-K009").empty());
  CHECK(c.of("KAP-C008").empty());
  auto s = c.of("KAP-S003");
  REQUIRE(s.size() == 1);
  CHECK(s[0].unknown == "kpis.weight");
  CHECK(s[0].entity == "K-c");
  CHECK(s[0].skipped == 2);
  CHECK(message(s[0]) == "`weight` must be a number, not `60%`; 2 weight checks skipped");
  CHECK(message(s[0], Lang::zh).ends_with("；因此跳过了 2 项权重检查"));
  // Weights that are readable and wrong are still reported.
  Checked wrong(plan("weight: 0.6", "weight: 0.5"));
  CHECK(wrong.of("KAP-K009").size() == 1);
  CHECK(wrong.of("KAP-S003").empty());
}

TEST_CASE("a value out of range leaves it unknown as a value that is not a number does") {
  Checked c(plan("weight: 0.6", "weight: -0.6"));
  CHECK(c.of("KAP-K009").empty());
  auto s = c.of("KAP-S007");
  REQUIRE(s.size() == 1);
  CHECK(s[0].unknown == "kpis.weight");
  CHECK(s[0].skipped == 2);
}

TEST_CASE("a check of each entity skips only the entity whose value is unknown") {
  // O-f's `addresses` is misspelt; O-c's is missing: only O-c is reported by KAP-C005.
  std::string text = plan("statement: s, addresses: [ISS-1]}\n  - {id: O-c, perspective: "
                          "customer, statement: s, addresses: [ISS-1]}",
                          "statement: s, adresses: [ISS-1]}\n  - {id: O-c, perspective: "
                          "customer, statement: s}");
  Checked c(text);
  auto c005 = c.of("KAP-C005");
  REQUIRE(c005.size() == 1);
  CHECK(c005[0].entity == "O-c");
  auto s = c.of("KAP-S002");
  REQUIRE(s.size() == 1);
  CHECK(s[0].entity == "O-f");
  CHECK(s[0].unknown == "objectives.addresses");
  CHECK(s[0].skipped == 1);
  // No term in the catalogue: the key is named as written in the plan.
  CHECK(message(s[0]).ends_with("? (1 `addresses` check skipped)"));
}

TEST_CASE("a misspelt key whose right spelling is there too hides nothing") {
  Checked c(plan("perspective: learning,", "perspective: learning, perspectve: customer,"));
  auto s = c.of("KAP-S002");
  REQUIRE(s.size() == 1);
  CHECK(s[0].unknown.empty());
  CHECK(s[0].skipped == 0);
}

TEST_CASE("a misspelt section hides the checks of that section being missing") {
  // (The plan has no `environment` or `capabilities`: KAP-C001 reports those.)
  auto sections = [](const Checked& c) {
    std::set<std::string> out;
    for (const auto& f : c.of("KAP-C001"))
      out.insert(f.args[0].value);
    return out;
  };
  Checked right(plan());
  CHECK(sections(right) == std::set<std::string>{"capabilities", "environment"});
  Checked c(plan("objectives:\n", "objectves:\n"));
  CHECK(sections(c) == std::set<std::string>{"capabilities", "environment"});
  auto s = c.of("KAP-S002");
  REQUIRE(s.size() == 1);
  CHECK(s[0].unknown == "objectives");
  CHECK(s[0].skipped == 1);
  CHECK(message(s[0]).ends_with("? (1 `objectives` check skipped)"));
}

TEST_CASE("a structure rule switched off hides nothing: its consequences are reported") {
  TempDir dir("one-finding");
  dir.write(".kaplan.yaml", "rules:\n  KAP-S003: off\n");
  SourceSet sources;
  RunOptions options;
  options.today = {2027, 7, 5};
  options.config_path = (dir.path() / ".kaplan.yaml").string();
  PlanRun run = validate_plan(dir.write("plan.yaml", plan("weight: 0.6", "weight: 60%")).string(),
                              sources, options);
  std::set<std::string> rules;
  for (const auto& f : run.findings)
    rules.insert(f.rule);
  CHECK(rules.count("KAP-S003") == 0);
  CHECK(rules.count("KAP-K009") == 1);
}

TEST_CASE("every rule's needs are paths of keys, with a term for the ones hidden most") {
  std::size_t with_needs = 0;
  for (auto family : {rules::completeness_checks, rules::cascade_checks, rules::feasibility_checks,
                      rules::governance_checks})
    for (const auto& check : family()) {
      if (check.needs.empty()) continue;
      ++with_needs;
      CAPTURE(check.id);
      CHECK(check.needs.front() != ' ');
      CHECK(check.needs.back() != ' ');
      CHECK(check.needs.find("  ") == std::string_view::npos);
      CHECK(check.needs.find("..") == std::string_view::npos);
    }
  CHECK(with_needs >= 3);
  for (std::string_view key : {"budget", "perspective", "weight"}) {
    CAPTURE(key);
    CHECK(find_message("term." + std::string(key)) != nullptr);
  }
}

} // namespace unit_rules_one_finding
