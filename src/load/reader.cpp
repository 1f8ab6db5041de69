// SPDX-License-Identifier: MIT
#include "load/reader.hpp"

#include "kaplan/model/rule_catalogue.hpp"
#include "kaplan/util/text.hpp"
#include "load/zh_keyboard.hpp"

#include <charconv>
#include <cmath>
#include <fmt/format.h>

namespace kaplan::load {
namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

constexpr int kMinYear = kEarliestPlanYear;
constexpr int kMaxYear = kLatestPlanYear;

} // namespace

void Reader::report(std::string_view rule, Location l, std::string key, std::vector<Arg> args,
                    std::string entity) {
  if (++reported_ > kMaxFindingsPerFile) return;
  Finding f;
  f.rule = std::string(rule);
  f.severity = rule == "KAP-S012" ? Severity::warning : Severity::error;
  f.loc = l;
  f.entity = std::move(entity);
  f.message_key = std::move(key);
  f.args = std::move(args);
  findings_.push_back(std::move(f));
}

void Reader::report_at(std::string_view rule, NodeId n, std::string key, std::vector<Arg> args) {
  std::size_t before = findings_.size();
  report(rule, loc(n), std::move(key), std::move(args));
  if (findings_.size() == before || !tree_.is_scalar(n)) return;
  auto t = tree_.text(n);
  auto mark = find_full_width(t);
  if (!mark) return;
  // Columns count bytes; a quoted scalar's text starts after its opening quote. (In a
  // plain scalar folded over several lines the column is that of the first line.)
  Finding& f = findings_.back();
  f.loc.column += static_cast<std::uint32_t>(mark->offset) + (tree_.at(n).quoted ? 1u : 0u);
  std::string fix = ascii_fix(t);
  if (text::display_width(fix) > 40) fix = text::truncate_to_width(fix, 40);
  f.hint_key = std::string(mark->hint_key);
  f.hint_args = {arg("mark", mark->mark), arg("column", f.loc.column), arg("fix", fix)};
}

std::uint32_t Reader::dropped() const {
  std::uint32_t over = reported_ > kMaxFindingsPerFile ? reported_ - kMaxFindingsPerFile : 0;
  std::uint32_t dup =
      tree_.duplicate_keys > kMaxFindingsPerFile ? tree_.duplicate_keys - kMaxFindingsPerFile : 0;
  return over + dup;
}

std::string Reader::found(NodeId n) const {
  if (tree_.is_null(n)) return "~";
  switch (tree_.at(n).kind) {
  case NodeKind::sequence:
    return "[…]";
  case NodeKind::mapping:
    return "{…}";
  default:
    break;
  }
  std::string t(tree_.text(n));
  if (text::display_width(t) > 40) t = text::truncate_to_width(t, 40);
  // A quoted value is shown quoted: `"110"` explains why 110 is not a number here.
  if (tree_.at(n).quoted) t = "\"" + t + "\"";
  return "`" + t + "`";
}

bool Reader::expect_mapping(NodeId n, std::string_view w) {
  if (n != kNoNode && tree_.at(n).kind == NodeKind::mapping) return true;
  if (tree_.is_null(n)) return false;
  report_at("KAP-S003", n, "KAP-S003.mapping", {arg("field", w), arg("found", found(n))});
  return false;
}

bool Reader::expect_sequence(NodeId n, std::string_view w) {
  if (n != kNoNode && tree_.at(n).kind == NodeKind::sequence) return true;
  if (tree_.is_null(n)) return false;
  report_at("KAP-S003", n, "KAP-S003.list", {arg("field", w), arg("found", found(n))});
  return false;
}

bool Reader::expect_scalar(NodeId n, std::string_view w) {
  if (tree_.is_null(n)) return false;
  if (tree_.at(n).kind == NodeKind::scalar) return true;
  report("KAP-S003", loc(n), "KAP-S003.text", {arg("field", w), arg("found", found(n))});
  return false;
}

bool Reader::parse_number(std::string_view s, double& out, bool& overflow) {
  constexpr double kMaxMagnitude = 1e15, kMinMagnitude = 1e-9;
  // Decimal notation only: [+-]digits[.digits][e[+-]digits]. YAML's 0x10, 0o17,
  // 1_000, .inf and .nan are refused so that a plan reads the same everywhere.
  overflow = false;
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  std::size_t int_start = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9')
    ++i;
  bool has_int = i > int_start;
  bool has_frac = false;
  if (i < s.size() && s[i] == '.') {
    ++i;
    std::size_t frac_start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9')
      ++i;
    has_frac = i > frac_start;
  }
  if (!has_int && !has_frac) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    std::size_t exp_start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9')
      ++i;
    if (i == exp_start) return false;
  }
  if (i != s.size()) return false;
  std::string_view body = s;
  if (!body.empty() && body[0] == '+') body.remove_prefix(1);
  auto [p, ec] = std::from_chars(body.data(), body.data() + body.size(), out);
  if (ec == std::errc::result_out_of_range || !std::isfinite(out)) {
    overflow = true;
    return false;
  }
  if (ec != std::errc() || p != body.data() + body.size()) return false;
  if (out == 0) out = 0; // -0 reads as 0
  // Figures are money, counts, shares and FTE: beyond ±10^15, or closer to zero than
  // 10^-9, a number is a mistake, and refusing it keeps every sum, ratio and balance
  // finite (500,000 entries of 10^15 sum far below the largest double).
  double magnitude = std::fabs(out);
  if (magnitude > kMaxMagnitude || (out != 0 && magnitude < kMinMagnitude)) {
    overflow = true;
    return false;
  }
  return true;
}

bool Reader::parse_month(std::string_view s, Month& out) {
  if (s.size() != 7 || s[4] != '-') return false;
  auto y = s.substr(0, 4), m = s.substr(5, 2);
  if (!all_digits(y) || !all_digits(m)) return false;
  Month r{to_int(y), to_int(m)};
  if (r.month < 1 || r.month > 12) return false;
  out = r;
  return true;
}

bool Reader::parse_period(std::string_view s, Period& out) {
  if (s.size() < 4 || !all_digits(s.substr(0, 4))) return false;
  Period p;
  p.year = to_int(s.substr(0, 4));
  if (s.size() == 4) {
    p.kind = Period::Kind::year;
  } else if (s.size() == 7 && s[4] == '-' && (s[5] == 'H' || s[5] == 'Q') &&
             all_digits(s.substr(6))) {
    p.kind = s[5] == 'H' ? Period::Kind::half : Period::Kind::quarter;
    p.index = s[6] - '0';
    if (p.index < 1 || p.index > (s[5] == 'H' ? 2 : 4)) return false;
  } else if (s.size() == 7 && s[4] == '-' && all_digits(s.substr(5))) {
    p.kind = Period::Kind::month;
    p.index = to_int(s.substr(5));
    if (p.index < 1 || p.index > 12) return false;
  } else {
    return false;
  }
  out = p;
  return true;
}

bool Reader::valid_id(std::string_view s) {
  if (s.empty()) return false;
  auto alnum = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  if (!alnum(s[0])) return false;
  for (char c : s)
    if (!alnum(c) && c != '.' && c != '_' && c != '-') return false;
  return true;
}

void Reader::read(NodeId n, Field<std::string>& out) {
  if (!expect_scalar(n, field)) return;
  out.value = std::string(tree_.text(n));
  out.loc = loc(n);
  out.set = true;
}

void Reader::read(NodeId n, Field<double>& out) {
  if (!expect_scalar(n, field)) return;
  double v = 0;
  bool overflow = false;
  if (tree_.at(n).quoted || !parse_number(tree_.text(n), v, overflow)) {
    report_at("KAP-S003", n, overflow ? "KAP-S003.overflow" : "KAP-S003.number",
              {arg("field", field), arg("found", found(n))});
    return;
  }
  out.value = v;
  out.loc = loc(n);
  out.set = true;
}

void Reader::read(NodeId n, Field<int>& out) {
  if (!expect_scalar(n, field)) return;
  auto t = tree_.text(n);
  std::string_view digits = t;
  if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) digits.remove_prefix(1);
  if (tree_.at(n).quoted || !all_digits(digits) || digits.size() > 9) {
    report_at("KAP-S003", n, "KAP-S003.integer", {arg("field", field), arg("found", found(n))});
    return;
  }
  out.value = to_int(digits) * (t[0] == '-' ? -1 : 1);
  out.loc = loc(n);
  out.set = true;
}

void Reader::read_year(NodeId n, Field<int>& out) {
  if (!expect_scalar(n, field)) return;
  auto t = tree_.text(n);
  int y = all_digits(t) && t.size() == 4 && !tree_.at(n).quoted ? to_int(t) : 0;
  if (y < kMinYear || y > kMaxYear) {
    report_at("KAP-S008", n, "KAP-S008.year", {arg("field", field), arg("found", found(n))});
    return;
  }
  out.value = y;
  out.loc = loc(n);
  out.set = true;
}

void Reader::read(NodeId n, Field<Date>& out) {
  if (!expect_scalar(n, field)) return;
  Date d;
  if (!parse_date(tree_.text(n), d)) {
    report_at("KAP-S008", n, "KAP-S008.date", {arg("field", field), arg("found", found(n))});
    return;
  }
  out.value = d;
  out.loc = loc(n);
  out.set = true;
}

void Reader::read(NodeId n, Field<Month>& out) {
  if (!expect_scalar(n, field)) return;
  Month m;
  if (!parse_month(tree_.text(n), m)) {
    report_at("KAP-S008", n, "KAP-S008.month", {arg("field", field), arg("found", found(n))});
    return;
  }
  out.value = m;
  out.loc = loc(n);
  out.set = true;
}

void Reader::read(NodeId n, Field<Ref>& out) {
  if (!expect_scalar(n, field)) return;
  auto t = tree_.text(n);
  if (!valid_id(t)) {
    report_at("KAP-S007", n, "KAP-S007.id", {arg("field", field), arg("found", found(n))});
    return;
  }
  out.value = Ref{std::string(t), loc(n)};
  out.loc = loc(n);
  out.set = true;
}

void Reader::read(NodeId n, std::vector<Ref>& out) {
  if (!expect_sequence(n, field)) return;
  for_each_item(tree_, n, [&](NodeId item) {
    Field<Ref> r;
    read(item, r);
    if (r.set) out.push_back(std::move(r.value));
  });
}

void Reader::read(NodeId n, std::vector<Field<std::string>>& out) {
  if (!expect_sequence(n, field)) return;
  for_each_item(tree_, n, [&](NodeId item) {
    Field<std::string> t;
    read(item, t);
    if (t.set) out.push_back(std::move(t));
  });
}

void Reader::read(NodeId n, std::vector<YearValue>& out) {
  if (!expect_mapping(n, field)) return;
  auto outer = field;
  for_each_pair(tree_, n, [&](NodeId k, NodeId v) {
    auto t = tree_.text(k);
    if (tree_.at(k).kind != NodeKind::scalar || t.size() != 4 || !all_digits(t) ||
        to_int(t) < kMinYear || to_int(t) > kMaxYear) {
      report_at("KAP-S008", k, "KAP-S008.year", {arg("field", outer), arg("found", found(k))});
      return;
    }
    Field<double> value;
    read(v, value);
    if (!value.set) return;
    out.push_back({to_int(t), value.value, loc(k)});
  });
}

void Reader::read(NodeId n, std::vector<NamedValue>& out) {
  if (!expect_mapping(n, field)) return;
  for_each_pair(tree_, n, [&](NodeId k, NodeId v) {
    if (!expect_scalar(k, field)) return;
    Field<double> value;
    read(v, value);
    if (!value.set) return;
    out.push_back({std::string(tree_.text(k)), value.value, loc(k)});
  });
}

void Reader::read(NodeId n, Field<std::vector<double>>& out) {
  if (!expect_sequence(n, field)) return;
  std::vector<double> values;
  bool ok = true;
  for_each_item(tree_, n, [&](NodeId item) {
    Field<double> v;
    read(item, v);
    if (!v.set) ok = false;
    values.push_back(v.value);
  });
  if (!ok) return;
  double sum = 0;
  for (double v : values)
    sum += v;
  bool negative = false;
  for (double v : values)
    negative = negative || v < 0;
  if (values.size() != 4 || std::fabs(sum - 1.0) > 1e-6 || negative) {
    report("KAP-S007", loc(n), "KAP-S007.phasing", {arg("count", values.size()), arg("sum", sum)});
    return;
  }
  out.value = std::move(values);
  out.loc = loc(n);
  out.set = true;
}

void Reader::read(NodeId n, Field<Thresholds>& out) {
  if (!expect_mapping(n, field)) return;
  Thresholds t;
  Field<double> green, amber;
  static constexpr std::string_view names[] = {"green", "amber"};
  auto outer_what = what;
  what = "thresholds";
  for_each_pair(tree_, n, [&](NodeId k, NodeId v) {
    int i = find_key(*this, k, names, "thresholds");
    field = i == 0 ? "green" : "amber";
    if (i == 0) read(v, green);
    if (i == 1) read(v, amber);
  });
  what = outer_what;
  field = "thresholds";
  if (green.set) t.green = green.value;
  if (amber.set) t.amber = amber.value;
  if (t.amber > t.green || t.amber < 0) {
    report("KAP-S007", loc(n), "KAP-S007.thresholds",
           {arg("green", t.green), arg("amber", t.amber)});
    return;
  }
  out.value = t;
  out.loc = loc(n);
  out.set = true;
}

void Reader::read(NodeId n, std::vector<Suppression>& out) {
  if (!expect_mapping(n, "ignore")) return;
  for_each_pair(tree_, n, [&](NodeId k, NodeId v) {
    if (!expect_scalar(k, "ignore")) return;
    Suppression s;
    s.rule = std::string(tree_.text(k));
    // `C004` and `kap-c004` name KAP-C004, as in .kaplan.yaml and `kaplan explain`.
    if (const RuleInfo* rule = find_rule(s.rule)) s.rule = std::string(rule->id);
    s.loc = loc(k);
    if (tree_.is_scalar(v)) {
      s.reason = std::string(tree_.text(v));
    } else if (v != kNoNode && tree_.at(v).kind == NodeKind::mapping) {
      // The long form {reason: "...", until: 2027-06-30} lets a suppression expire.
      static constexpr std::string_view names[] = {"reason", "until"};
      for_each_pair(tree_, v, [&](NodeId k2, NodeId v2) {
        int i = find_key(*this, k2, names, "ignore");
        if (i == 0 && expect_scalar(v2, "reason")) s.reason = std::string(tree_.text(v2));
        if (i == 1) {
          Field<Date> d;
          field = "until";
          read(v2, d);
          if (d.set) s.until = d.value;
        }
      });
    } else if (!tree_.is_null(v)) {
      report("KAP-S003", loc(v), "KAP-S003.text", {arg("field", "ignore"), arg("found", found(v))});
      return;
    }
    out.push_back(std::move(s));
  });
}

int Reader::read_enum(NodeId n, std::span<const std::string_view> names) {
  if (!expect_scalar(n, field)) return -1;
  auto t = tree_.text(n);
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == t) return static_cast<int>(i);
  std::string allowed;
  for (auto nm : names)
    allowed += (allowed.empty() ? "" : ", ") + std::string(nm);
  // A full-width mark gets its own hint, which says what to write: no guess beside it.
  bool slip = find_full_width(t).has_value();
  auto zh = slip ? std::nullopt : zh_enum_word(t, names);
  auto near = slip ? std::nullopt : text::suggest(t, names);
  if (zh)
    report("KAP-S007", loc(n), "KAP-S007.enum-zh",
           {arg("field", field), arg("found", found(n)), arg("allowed", allowed),
            arg("suggestion", zh->value), arg("term", zh->term)});
  else if (near)
    report_at("KAP-S007", n, "KAP-S007.enum-suggest",
              {arg("field", field), arg("found", found(n)), arg("allowed", allowed),
               arg("suggestion", *near)});
  else
    report_at("KAP-S007", n, "KAP-S007.enum",
              {arg("field", field), arg("found", found(n)), arg("allowed", allowed)});
  return -1;
}

void Reader::check_range(Field<double>& f, double lo, double hi, bool lo_open,
                         std::string_view name) {
  if (!f.set) return;
  bool below = lo_open ? f.value <= lo : f.value < lo;
  if (below || f.value > hi) {
    // An open-ended range reads "x > 0" rather than "0 < x ≤ inf".
    std::string range = std::isinf(hi)
                            ? fmt::format("x {} {}", lo_open ? ">" : "≥", text::format_number(lo))
                            : fmt::format("{} {} x ≤ {}", text::format_number(lo),
                                          lo_open ? "<" : "≤", text::format_number(hi));
    const std::size_t before = finding_count();
    report("KAP-S007", f.loc, "KAP-S007.range",
           {arg("field", name), arg("found", text::format_number(f.value)), arg("range", range)});
    leave_unknown_since(before, key_path(what, name));
    f.set = false;
    f.value = {};
  }
}

int find_key(Reader& r, NodeId key, std::span<const std::string_view> names,
             std::string_view what) {
  const auto& tree = r.tree();
  if (!tree.is_scalar(key)) {
    r.report("KAP-S003", r.loc(key), "KAP-S003.key",
             {arg("what", what), arg("found", r.found(key))});
    return -1;
  }
  auto k = tree.text(key);
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == k) return static_cast<int>(i);
  if (k.starts_with("x-")) return -2;
  auto near = find_full_width(k) ? std::nullopt : text::suggest(k, names);
  if (near) {
    const std::size_t before = r.finding_count();
    r.report_at("KAP-S002", key, "KAP-S002.suggest",
                {arg("key", k), arg("what", what), arg("suggestion", *near)});
    // `budjet:` leaves the budget unknown: what was meant is read nowhere.
    r.leave_unknown_since(before, key_path(what, *near));
  } else
    r.report_at("KAP-S002", key, "KAP-S002", {arg("key", k), arg("what", what)});
  return -1;
}

void report_missing(Reader& r, NodeId map, std::string_view key, std::string_view what) {
  const std::size_t before = r.finding_count();
  r.report("KAP-S004", r.loc(map), "KAP-S004", {arg("field", key), arg("what", what)});
  r.leave_unknown_since(before, key_path(what, key));
}

std::string key_path(std::string_view what, std::string_view key) {
  if (what == "document") return std::string(key);
  std::string path(what);
  path += '.';
  path += key;
  return path;
}

} // namespace kaplan::load
