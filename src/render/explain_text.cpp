// SPDX-License-Identifier: MIT
// Renders the rule catalogue: plain text for `kaplan explain`, roff for kaplan-rules(7).
#include "kaplan/render/explain.hpp"
#include "kaplan/render/findings.hpp"
#include "kaplan/util/text.hpp"

#include <array>
#include <fmt/format.h>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace kaplan {

namespace {

constexpr std::size_t text_width = 78; // columns of `kaplan explain` output, indent included

#ifdef KAPLAN_VERSION
constexpr std::string_view version = KAPLAN_VERSION;
#else
constexpr std::string_view version = "unknown";
#endif

// Wide characters take two cells, and a line may break between any two of them (Chinese
// has no spaces between words).
bool is_wide(char32_t c) {
  return text::code_point_width(c) == 2;
}

bool contains(std::u32string_view set, char32_t c) {
  return set.find(c) != std::u32string_view::npos;
}

// Punctuation that must not begin a line, and punctuation that must not end one.
bool no_break_before(char32_t c) {
  return contains(U"，。、；：？！）》」』】％,.;:?!)]}%", c);
}
bool no_break_after(char32_t c) {
  return contains(U"（《「『【([{", c);
}

// An unbreakable run of text and whether a space separated it from the one before.
struct Piece {
  std::string text;
  std::size_t width = 0;
  bool space_before = false;
};

std::vector<Piece> split_pieces(std::string_view para) {
  std::vector<Piece> pieces;
  Piece cur;
  bool pending_space = false;
  char32_t last = 0;
  for (std::size_t i = 0; i < para.size();) {
    const std::size_t from = i;
    const char32_t c = text::decode_utf8(para, i);
    if (c == U' ' || c == U'\n') {
      if (!cur.text.empty()) pieces.push_back(std::move(cur));
      cur = {};
      pending_space = true;
      continue;
    }
    const bool starts_piece = cur.text.empty() || (!no_break_before(c) && !no_break_after(last) &&
                                                   (is_wide(c) || is_wide(last)));
    if (starts_piece) {
      if (!cur.text.empty()) pieces.push_back(std::move(cur));
      cur = {};
      cur.space_before = pending_space;
    }
    cur.text.append(para.substr(from, i - from));
    cur.width += static_cast<std::size_t>(text::code_point_width(c));
    pending_space = false;
    last = c;
  }
  if (!cur.text.empty()) pieces.push_back(std::move(cur));
  return pieces;
}

// Fills a paragraph into lines of at most `text_width` cells, each starting with `indent`.
void append_wrapped(std::string& out, std::string_view para, std::string_view indent) {
  const std::size_t limit = text_width - indent.size();
  std::string line;
  std::size_t width = 0;
  for (const Piece& p : split_pieces(para)) {
    const std::size_t need = (p.space_before ? 1 : 0) + p.width;
    if (!line.empty() && width + need > limit) {
      out.append(indent).append(line).append("\n");
      line.clear();
      width = 0;
    }
    if (line.empty()) {
      line = p.text;
      width = p.width;
    } else {
      if (p.space_before) line += ' ';
      line += p.text;
      width += need;
    }
  }
  if (!line.empty()) out.append(indent).append(line).append("\n");
}

void append_block(std::string& out, std::string_view block, std::string_view indent) {
  while (!block.empty()) {
    const auto nl = block.find('\n');
    const auto line = block.substr(0, nl);
    if (line.empty())
      out += '\n';
    else
      out.append(indent).append(line).append("\n");
    if (nl == std::string_view::npos) break;
    block.remove_prefix(nl + 1);
  }
}

// --- roff ---------------------------------------------------------------------------------

// Escapes text for roff and records every non-ASCII character, which is written as \[uXXXX]
// so that the page needs no input-encoding preprocessor.
class RoffWriter {
public:
  // Running text: `code` becomes bold, and hyphens that users type (options, ids) become \-.
  std::string prose(std::string_view para) {
    std::string out;
    bool code = false;
    char prev = ' ';
    for (std::size_t i = 0; i < para.size();) {
      const char c = para[i];
      if (c == '`') {
        out += code ? "\\fR" : "\\fB\\%";
        code = !code;
        ++i;
        continue;
      }
      const char next = i + 1 < para.size() ? para[i + 1] : ' ';
      if (c == '-' && !code && !typed_hyphen(prev, next)) {
        out += '-';
        ++i;
      } else {
        escape_one(out, para, i);
      }
      prev = c;
    }
    return guard_line_start(out);
  }

  // A literal line (examples): every hyphen is a typed one.
  std::string literal(std::string_view line) {
    std::string out;
    for (std::size_t i = 0; i < line.size();)
      escape_one(out, line, i);
    return guard_line_start(out);
  }

  // Fallback glyphs for characters a device lacks (the PostScript fonts have no Chinese),
  // so that `groff -man -ww` stays quiet; terminals (-Tutf8) show the real characters.
  std::string fallbacks() const {
    std::string out;
    for (char32_t c : used_)
      out += fmt::format(".if !c\\[u{0:04X}] .char \\[u{0:04X}] ?\n", static_cast<unsigned>(c));
    return out;
  }

private:
  static bool is_word_char(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

  // "--actuals", "-o", "KAP-K004" are typed; "top-level" is a word's hyphen.
  static bool typed_hyphen(char prev, char next) {
    return prev == ' ' || prev == '(' || prev == '-' || next == '-' ||
           (is_word_char(prev) && is_word_char(next));
  }

  void escape_one(std::string& out, std::string_view para, std::size_t& i) {
    const char32_t c = text::decode_utf8(para, i);
    if (c == U'\\')
      out += "\\e";
    else if (c == U'-')
      out += "\\-";
    else if (c < 0x80)
      out += static_cast<char>(c);
    else {
      used_.insert(c);
      out += fmt::format("\\[u{:04X}]", static_cast<unsigned>(c));
    }
  }

  // A line starting with '.' or '\'' would be read as a request.
  static std::string guard_line_start(std::string s) {
    if (!s.empty() && (s[0] == '.' || s[0] == '\'')) s.insert(0, "\\&");
    return s;
  }

  std::set<char32_t> used_;
};

std::string roff_example(RoffWriter& w, std::string_view block) {
  std::string out = ".EX\n";
  while (!block.empty()) {
    const auto nl = block.find('\n');
    out += w.literal(block.substr(0, nl)) + "\n";
    if (nl == std::string_view::npos) break;
    block.remove_prefix(nl + 1);
  }
  return out + ".EE\n";
}

std::string man_example(RoffWriter& w, std::string_view block) {
  return ".PP\n.in +4n\n" + roff_example(w, block) + ".in\n";
}

// What each family is about, said once at the head of its section of the man page.
std::string_view family_intro(char family) {
  switch (family) {
  case 'S':
    return "Rules about the document itself: whether its files can be read, and whether keys, "
           "types, values, dates, ids and references follow kaplan-plan(5).";
  case 'C':
    return "Rules about whether the plan has the six parts of a complete plan and is oriented "
           "on problems: named issues with evidence, objectives that address them, explicit "
           "assumptions, benchmarks, a balanced scorecard, strategies based on customers and "
           "competitors, and internal management improvement.";
  case 'K':
    return "Rules about the KPI cascade: every objective measured, every top-level KPI carried "
           "down to the execution level with targets that add up in every year.";
  case 'R':
    return "Rules about whether the people, their capacity and skills, the budget and the "
           "dates can carry the plan.";
  case 'G':
    return "Rules about the organisation of the planning work: who took part in the key "
           "decisions, who signed off, and whether the plan is reviewed.";
  case 'T':
    return "Rules about an actuals file. They apply when actuals are given with `--actuals` "
           "(to `score`, `report` and `rollforward`), not to `validate`.";
  case 'P':
    return "Rules about the plan chain: plans that carry out a higher plan (`derives_from`) "
           "or continue last cycle's plan (`previous`), checked together when `validate` "
           "is given several plans or a folder of them.";
  default:
    return {};
  }
}

std::string upper_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string man_description(RoffWriter& w) {
  std::string out = ".SH DESCRIPTION\n";
  out += w.prose("Every finding of kaplan carries the id of the rule that produced it, a "
                 "severity, a message and the file, line and column it concerns. Ids are stable. "
                 "This page lists every rule with its default severity, what it checks, why it "
                 "matters for a key-account marketing strategy plan, an example that triggers "
                 "it and the fix. `kaplan explain` prints the same text for one rule, in English "
                 "or Chinese.") +
         "\n.PP\n";
  out += w.prose("Severities are `error`, `warning` and `info`; `--fail-on` decides which of "
                 "them fail a run. The `rules:` mapping of `.kaplan.yaml` changes a rule's "
                 "severity or switches it off:") +
         "\n";
  out += man_example(w, "rules: {KAP-C006: off, KAP-R003: error}");
  out += ".PP\n";
  out += w.prose("A finding about one entity is suppressed by an `ignore:` entry on that "
                 "entity, which must give the reason (KAP-S012):") +
         "\n";
  out += man_example(w, "ignore: {KAP-K005: \"buffer agreed with the branches\"}");
  return out;
}

std::string man_rule(RoffWriter& w, const RuleInfo& r) {
  std::string out = fmt::format(".SS \"{} \\(em {}\"\n", w.literal(r.id), w.literal(r.en.title));
  out += fmt::format("Default severity: \\fB{}\\fR.\n", severity_label(r.severity, Lang::en));
  out += ".PP\n\\fIWhat it checks.\\fR\n" + w.prose(r.en.checks) + "\n";
  out += ".PP\n\\fIWhy it matters.\\fR\n" + w.prose(r.en.why) + "\n";
  out += ".PP\n\\fIExample.\\fR\n" + man_example(w, r.example);
  out += ".PP\n\\fIFix.\\fR\n" + w.prose(r.en.fix) + "\n" + man_example(w, r.example_fixed);
  return out;
}

} // namespace

std::string render_explain(const RuleInfo& rule, Lang lang) {
  const bool zh = lang == Lang::zh;
  const RuleText& t = zh ? rule.zh : rule.en;
  auto heading = [&](std::string_view key) { return render_message(key, {}, lang); };
  std::string out =
      render_message("explain.heading",
                     std::vector<Arg>{arg("rule", rule.id), arg("title", t.title),
                                      arg("severity", severity_label(rule.severity, lang))},
                     lang) +
      "\n";
  out.append("\n").append(heading("explain.checks")).append("\n");
  append_wrapped(out, t.checks, "  ");
  out.append("\n").append(heading("explain.why")).append("\n");
  append_wrapped(out, t.why, "  ");
  out.append("\n").append(heading("explain.example")).append("\n");
  append_block(out, rule.example, "    ");
  out.append("\n").append(heading("explain.fix")).append("\n");
  append_wrapped(out, t.fix, "  ");
  append_block(out, rule.example_fixed, "    ");
  return out;
}

std::string render_rules_man_page() {
  RoffWriter w;
  std::string body = ".SH NAME\nkaplan\\-rules \\- the rules kaplan checks plans against\n";
  body += man_description(w);
  // Families in the order the method builds a plan, not alphabetical.
  for (char family : std::string_view("SCKRGTP")) {
    body +=
        fmt::format(".SH \"{} (KAP\\-{})\"\n", upper_ascii(family_name(family, Lang::en)), family);
    body += w.prose(family_intro(family)) + "\n";
    for (const RuleInfo& r : rule_catalogue())
      if (r.family == family) body += man_rule(w, r);
  }
  body += ".SH SEE ALSO\n.BR kaplan (1),\n.BR kaplan\\-plan (5)\n";

  std::string out =
      ".\\\" Generated by kaplan from its rule catalogue (src/rules/catalogue*.cpp).\n";
  // The version's date, like the hand-written pages: the same source gives the same page.
  out += fmt::format(".TH KAPLAN\\-RULES 7 {} \"kaplan {}\" \"kaplan manual\"\n",
                     KAPLAN_VERSION_DATE, version);
  out += w.fallbacks();
  out += body;
  return out;
}

} // namespace kaplan
