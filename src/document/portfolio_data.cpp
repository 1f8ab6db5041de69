// SPDX-License-Identifier: MIT
// The portfolio document: plans side by side, higher plans rebuilt from derived plans.
#include "kaplan/document/portfolio_data.hpp"

#include "kaplan/document/wording.hpp"
#include "kaplan/model/enum_names.hpp"
#include "kaplan/util/text.hpp"

#include <cmath>
#include <fmt/format.h>

namespace kaplan {
namespace {

using text::format_number;

struct Builder {
  const Portfolio& pf;
  Lang lang;
  bool raw;

  std::string L(std::string_view key) const { return report_label(key, lang); }

  ReportTable table(std::initializer_list<std::string_view> keys,
                    std::initializer_list<bool> numeric, std::initializer_list<bool> ids) const {
    ReportTable t;
    for (auto k : keys)
      t.header.push_back(L(k));
    t.numeric = numeric;
    t.ids = ids;
    return t;
  }
  static ReportBlock block(ReportTable t) {
    ReportBlock b;
    b.kind = ReportBlock::Kind::table;
    if (t.rows.size() > kMaxTableRows) {
      t.rows.resize(kMaxTableRows);
      if (t.marks.size() > kMaxTableRows) t.marks.resize(kMaxTableRows);
    }
    b.table = std::move(t);
    return b;
  }
  ReportBlock note(std::string_view key) const {
    ReportBlock b;
    b.note = L(key);
    return b;
  }
  std::string score(std::optional<double> v) const {
    if (!v) return raw ? "" : "—";
    return format_number(std::round(*v * 10) / 10);
  }
  std::string number(std::optional<double> v) const {
    return v ? format_number(*v) : raw ? "" : "—";
  }
  const PortfolioPlan& plan_of(std::size_t member) const {
    return pf.plans[pf.member_plan[member]];
  }
  std::string colour(Colour c) const {
    return raw ? std::string(colour_name(c)) : L(fmt::format("score.colour.{}", colour_name(c)));
  }

  ReportSection plans() const {
    ReportSection s{"plans", L("portfolio.section.plans"), {}};
    ReportTable t =
        table({"portfolio.col.plan", "portfolio.col.title", "portfolio.col.derives-from",
               "portfolio.col.quality", "portfolio.col.performance", "portfolio.col.period"},
              {false, false, false, true, true, false}, {true, false, true});
    for (std::size_t m = 0; m < pf.members.size(); ++m) {
      const PortfolioPlan& p = plan_of(m);
      const Plan& plan = p.run->plan;
      std::optional<double> quality;
      if (p.quality.scored) quality = p.quality.overall;
      std::optional<double> perf = p.performance ? p.performance->overall : std::nullopt;
      std::string period;
      if (p.performance)
        period = raw ? format_period(p.performance->period)
                     : period_as_of(p.performance->period, p.performance->as_of, lang);
      t.rows.push_back({plan.header.id, plan.header.title.value, plan.header.derives_from.value,
                        score(quality), score(perf), period});
    }
    s.blocks.push_back(block(std::move(t)));
    return s;
  }

  ReportSection rebuilt() const {
    ReportSection s{"rebuilt", L("portfolio.section.rebuilt"), {}};
    if (pf.rebuilt.empty()) {
      s.blocks.push_back(note("portfolio.note.no-derived"));
      return s;
    }
    ReportTable t =
        table({"portfolio.col.plan", "report.col.kpi", "report.col.name", "portfolio.col.rollup",
               "portfolio.col.reported", "portfolio.col.rebuilt", "portfolio.col.difference",
               "portfolio.col.parts"},
              {false, false, false, false, true, true, true, false},
              {true, true, false, false, false, false, false, true});
    for (const auto& r : pf.rebuilt) {
      const Plan& parent = plan_of(r.parent).run->plan;
      const Kpi& kpi = parent.kpis[r.kpi];
      std::string parts;
      for (const auto& part : r.parts) {
        const Plan& d = plan_of(part.member).run->plan;
        parts += fmt::format("{}{}: {}", parts.empty() ? "" : ", ", d.header.id,
                             part.actual ? format_number(*part.actual) : L("portfolio.missing"));
      }
      std::string rollup(name(r.rollup));
      t.rows.push_back(
          {parent.header.id, kpi.id, kpi.name.value,
           raw ? rollup : L(fmt::format("score.source.{}", rollup)),
           number(r.reported ? std::optional<double>(r.reported->value.value) : std::nullopt),
           r.rebuilt ? format_number(*r.rebuilt) : (raw ? "" : L("portfolio.missing")),
           number(r.difference), parts});
      // The difference carries the mark: bad beyond the tolerance (KAP-P009), good within.
      std::vector<Mark> marks(t.header.size(), Mark::none);
      marks[6] = r.disagrees ? Mark::bad : r.difference ? Mark::good : Mark::none;
      t.marks.push_back(std::move(marks));
    }
    s.blocks.push_back(block(std::move(t)));
    return s;
  }

  ReportSection ranking() const {
    ReportSection s{"ranking", L("portfolio.section.ranking"), {}};
    if (pf.ranking.empty()) {
      s.blocks.push_back(note("portfolio.note.no-derived"));
      return s;
    }
    ReportTable t = table({"portfolio.col.rank", "portfolio.col.plan", "report.col.unit",
                           "portfolio.col.performance", "score.colour.green", "score.colour.amber",
                           "score.colour.red"},
                          {true, false, false, true, true, true, true}, {false, true, true});
    std::size_t rank = 0;
    for (std::size_t m : pf.ranking) {
      const PortfolioPlan& p = plan_of(m);
      const Plan& plan = p.run->plan;
      std::optional<double> perf = p.performance ? p.performance->overall : std::nullopt;
      std::size_t green = 0, amber = 0, red = 0;
      if (p.performance)
        for (const auto& k : p.performance->kpis) {
          green += k.colour == Colour::green;
          amber += k.colour == Colour::amber;
          red += k.colour == Colour::red;
        }
      std::string unit = plan.header.unit.set ? plan.header.unit.value : plan.header.owner.value.id;
      t.rows.push_back({perf ? std::to_string(++rank) : (raw ? "" : "—"), plan.header.id, unit,
                        score(perf), p.performance ? std::to_string(green) : "",
                        p.performance ? std::to_string(amber) : "",
                        p.performance ? std::to_string(red) : ""});
    }
    s.blocks.push_back(block(std::move(t)));
    return s;
  }

  ReportSection red() const {
    ReportSection s{"red", L("portfolio.section.red"), {}};
    ReportTable t = table({"portfolio.col.plan", "report.col.kpi", "report.col.name",
                           "report.col.target", "report.col.actual", "report.col.attainment"},
                          {false, false, false, true, true, true}, {true, true});
    bool any_actuals = false;
    for (std::size_t m = 0; m < pf.members.size(); ++m) {
      const PortfolioPlan& p = plan_of(m);
      if (!p.performance) continue;
      any_actuals = true;
      for (const auto& k : p.performance->kpis) {
        if (k.colour != Colour::red) continue;
        const Kpi& kpi = p.run->plan.kpis[k.kpi];
        t.rows.push_back({p.run->plan.header.id, kpi.id, kpi.name.value, format_number(k.target),
                          format_number(k.actual),
                          k.attainment ? (raw ? format_number(*k.attainment)
                                              : text::format_percent(*k.attainment, 1))
                                       : ""});
        std::vector<Mark> marks(t.header.size(), Mark::none);
        marks.back() = Mark::bad; // the attainment
        t.marks.push_back(std::move(marks));
      }
    }
    if (!any_actuals)
      s.blocks.push_back(note("portfolio.note.no-actuals"));
    else if (t.rows.empty())
      s.blocks.push_back(note("portfolio.note.no-red"));
    else
      s.blocks.push_back(block(std::move(t)));
    return s;
  }
};

} // namespace

ReportData build_portfolio_report(const Portfolio& portfolio, Lang lang, bool raw_values) {
  Builder b{portfolio, lang, raw_values};
  ReportData data;
  data.lang = lang;
  // The title names the first plans (a Chinese list is joined with 、); the document's
  // plan is the first plan that derives from none (the province), else the first.
  std::string ids;
  const std::string sep = report_label("portfolio.list-separator", lang);
  for (std::size_t m = 0; m < portfolio.members.size() && m < 3; ++m)
    ids += (ids.empty() ? "" : sep) + portfolio.plans[portfolio.member_plan[m]].run->plan.header.id;
  if (portfolio.members.size() > 3) ids += sep + "…";
  for (std::size_t m = 0; m < portfolio.members.size(); ++m) {
    const Plan& plan = *portfolio.members[m].plan;
    if (data.plan_id.empty() || !plan.header.derives_from.set) data.plan_id = plan.header.id;
    if (!plan.header.derives_from.set) break;
  }
  data.title = render_message(
      "portfolio.title",
      std::vector<Arg>{arg("count", portfolio.members.size()), arg("plans", ids)}, lang);
  data.sections.push_back(b.plans());
  data.sections.push_back(b.rebuilt());
  data.sections.push_back(b.ranking());
  data.sections.push_back(b.red());
  return data;
}

} // namespace kaplan
