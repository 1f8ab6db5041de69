// SPDX-License-Identifier: MIT
#include "kaplan/util/text.hpp"

#include <array>
#include <cmath>
#include <doctest/doctest.h>
#include <limits>
#include <string>
#include <string_view>

namespace unit_util_text {

using namespace std::string_view_literals;
namespace text = kaplan::text;

namespace {
constexpr auto npos = std::string_view::npos;
} // namespace

TEST_CASE("find_invalid_utf8 accepts valid text") {
  CHECK(text::find_invalid_utf8("") == npos);
  CHECK(text::find_invalid_utf8("plain ascii") == npos);
  CHECK(text::find_invalid_utf8("中文 é 😀") == npos);
  CHECK(text::find_invalid_utf8("\xC2\x80") == npos);         // U+0080, smallest 2-byte
  CHECK(text::find_invalid_utf8("\xED\x9F\xBF") == npos);     // U+D7FF, just below surrogates
  CHECK(text::find_invalid_utf8("\xEE\x80\x80") == npos);     // U+E000, just above surrogates
  CHECK(text::find_invalid_utf8("\xF4\x8F\xBF\xBF") == npos); // U+10FFFF, the last code point
}

TEST_CASE("find_invalid_utf8 rejects overlong forms, surrogates and truncation") {
  CHECK(text::find_invalid_utf8("\xC0\xAF") == 0);
  CHECK(text::find_invalid_utf8("\xC1\xBF") == 0);
  CHECK(text::find_invalid_utf8("ab\xE0\x80\xAF") == 2);
  CHECK(text::find_invalid_utf8("\xF0\x8F\xBF\xBF") == 0);
  CHECK(text::find_invalid_utf8("\xED\xA0\x80") == 0); // U+D800
  CHECK(text::find_invalid_utf8("\xED\xBF\xBF") == 0); // U+DFFF
  CHECK(text::find_invalid_utf8("\xF4\x90\x80\x80") == 0);
  CHECK(text::find_invalid_utf8("\xF5\x80\x80\x80") == 0);
  CHECK(text::find_invalid_utf8("x\xE4\xB8") == 1); // truncated at the end
  CHECK(text::find_invalid_utf8("\xE4\xB8x") == 0); // truncated before ASCII
  CHECK(text::find_invalid_utf8("ok\x80") == 2);    // lone continuation byte
  CHECK(text::find_invalid_utf8("中\xFF") == 3);
}

TEST_CASE("decode_utf8 advances by code point and replaces invalid bytes one at a time") {
  const std::string_view s = "a中\xFF😀\xE4\xB8";
  std::size_t pos = 0;
  CHECK(text::decode_utf8(s, pos) == U'a');
  CHECK(pos == 1);
  CHECK(text::decode_utf8(s, pos) == U'中');
  CHECK(pos == 4);
  CHECK(text::decode_utf8(s, pos) == 0xFFFD);
  CHECK(pos == 5);
  CHECK(text::decode_utf8(s, pos) == 0x1F600);
  CHECK(pos == 9);
  CHECK(text::decode_utf8(s, pos) == 0xFFFD);
  CHECK(pos == 10);
  CHECK(text::decode_utf8(s, pos) == 0xFFFD);
  CHECK(pos == 11);
}

TEST_CASE("append_utf8 encodes every length and refuses surrogates") {
  std::string out;
  for (const char32_t c : {U'A', U'é', U'中', char32_t{0x1F600}})
    text::append_utf8(out, c);
  CHECK(out == "Aé中😀");
  out.clear();
  text::append_utf8(out, 0xD800);
  text::append_utf8(out, 0x110000);
  CHECK(out == "\uFFFD\uFFFD");
}

TEST_CASE("code_point_width follows East Asian Width") {
  CHECK(text::code_point_width(U'a') == 1);
  CHECK(text::code_point_width(U'é') == 1);
  CHECK(text::code_point_width(0x00AD) == 1); // soft hyphen is shown
  CHECK(text::code_point_width(U'中') == 2);
  CHECK(text::code_point_width(0xAC00) == 2); // Hangul syllable
  CHECK(text::code_point_width(0x3042) == 2); // Hiragana
  CHECK(text::code_point_width(0x30A2) == 2); // Katakana
  CHECK(text::code_point_width(0x3000) == 2); // ideographic space
  CHECK(text::code_point_width(0x3001) == 2); // ideographic comma
  CHECK(text::code_point_width(0xFF01) == 2); // fullwidth !
  CHECK(text::code_point_width(0xFF60) == 2);
  CHECK(text::code_point_width(0xFF61) == 1); // halfwidth katakana punctuation
  CHECK(text::code_point_width(0xFFE0) == 2);
  CHECK(text::code_point_width(0xFFE6) == 2);
  CHECK(text::code_point_width(0x1F600) == 2);
  CHECK(text::code_point_width(0x1F680) == 2);
  CHECK(text::code_point_width(0x1F914) == 2);
  CHECK(text::code_point_width(0x1F321) == 1); // text-presentation emoji
  CHECK(text::code_point_width(0x20000) == 2); // CJK extension B
  CHECK(text::code_point_width(0x4DC0) == 2);  // Yijing hexagram, wide as in glibc
  CHECK(text::code_point_width(0x3248) == 1);  // East Asian Ambiguous stays narrow
  CHECK(text::code_point_width(0x10FFFF) == 1);
}

TEST_CASE("code_point_width is 0 for controls and zero-width characters") {
  CHECK(text::code_point_width(0) == 0);
  CHECK(text::code_point_width(U'\t') == 0);
  CHECK(text::code_point_width(0x1B) == 0);
  CHECK(text::code_point_width(0x7F) == 0);
  CHECK(text::code_point_width(0x85) == 0);
  CHECK(text::code_point_width(0x0300) == 0);
  CHECK(text::code_point_width(0x036F) == 0);
  CHECK(text::code_point_width(0x200B) == 0);
  CHECK(text::code_point_width(0x200F) == 0);
  CHECK(text::code_point_width(0xFE00) == 0);
  CHECK(text::code_point_width(0xFE0F) == 0);
  CHECK(text::code_point_width(0xFEFF) == 0);
  CHECK(text::code_point_width(0x1160) == 0); // conjoining Hangul vowel
  CHECK(text::code_point_width(0x3099) == 0); // combining kana mark, although in a wide block
}

TEST_CASE("display_width sums cells") {
  CHECK(text::display_width("") == 0);
  CHECK(text::display_width("hello") == 5);
  CHECK(text::display_width("中文") == 4);
  CHECK(text::display_width("a张三b") == 6);
  CHECK(text::display_width("e\u0301") == 1);
  CHECK(text::display_width("ＡＢＣ") == 6);
  CHECK(text::display_width("❤\uFE0F") == 1);
  CHECK(text::display_width("a\xFF") == 2); // an invalid byte shows as U+FFFD
}

TEST_CASE("display_width_prefix places carets under byte columns") {
  CHECK(text::display_width_prefix("abc", 0) == 0);
  CHECK(text::display_width_prefix("abc", 2) == 2);
  CHECK(text::display_width_prefix("abc", 99) == 3);
  CHECK(text::display_width_prefix("张三x", 3) == 2);
  CHECK(text::display_width_prefix("张三x", 6) == 4);
  CHECK(text::display_width_prefix("张三x", 7) == 5);
  CHECK(text::display_width_prefix("张三x", 4) == 2); // a cut code point is left out
  CHECK(text::display_width_prefix("\tx", 1) == 8);
  CHECK(text::display_width_prefix("ab\tx", 3) == 8);
  CHECK(text::display_width_prefix("ab\tx", 4) == 9);
  CHECK(text::display_width_prefix("张\t\t", 5) == 16);
}

TEST_CASE("pad_right and pad_left count cells and never truncate") {
  CHECK(text::pad_right("ab", 4) == "ab  ");
  CHECK(text::pad_right("张", 4) == "张  ");
  CHECK(text::pad_right("abcdef", 3) == "abcdef");
  CHECK(text::pad_right("", 2) == "  ");
  CHECK(text::pad_left("7", 3) == "  7");
  CHECK(text::pad_left("中", 3) == " 中");
  CHECK(text::pad_left("1234", 2) == "1234");
}

TEST_CASE("truncate_to_width cuts at code points and ends with an ellipsis") {
  CHECK(text::truncate_to_width("hello", 5) == "hello");
  CHECK(text::truncate_to_width("hello world", 5) == "hell…");
  CHECK(text::display_width(text::truncate_to_width("hello world", 5)) == 5);
  CHECK(text::truncate_to_width("中文字", 6) == "中文字");
  CHECK(text::truncate_to_width("中文字", 5) == "中文…");
  CHECK(text::truncate_to_width("中文字", 4) == "中…");
  CHECK(text::truncate_to_width("abc", 1) == "…");
  CHECK(text::truncate_to_width("abc", 0) == "");
  CHECK(text::truncate_to_width("e\u0301xyz", 2) == "e\u0301…");
}

TEST_CASE("json_escape quotes and escapes controls") {
  CHECK(text::json_escape("") == R"("")");
  CHECK(text::json_escape("plain") == R"("plain")");
  CHECK(text::json_escape(R"(a"b\c)") == R"("a\"b\\c")");
  CHECK(text::json_escape("\n\t\r\b\f") == R"("\n\t\r\b\f")");
  CHECK(text::json_escape("\x01\x1b[31m") == R"("\u0001\u001b[31m")");
  CHECK(text::json_escape(std::string_view("\0", 1)) == R"("\u0000")");
  CHECK(text::json_escape("\x7f\xC2\x85") == R"("\u007f\u0085")");
  CHECK(text::json_escape("\u2028\u2029") == R"("\u2028\u2029")");
  CHECK(text::json_escape("中文 😀") == "\"中文 😀\"");
  CHECK(text::json_escape("</script>") == R"("</script>")");
}

TEST_CASE("json_escape replaces invalid bytes but keeps a real U+FFFD") {
  CHECK(text::json_escape("a\xFF"
                          "b") == R"("a\ufffdb")");
  CHECK(text::json_escape("\xED\xA0\x80") == R"("\ufffd\ufffd\ufffd")");
  CHECK(text::json_escape("\uFFFD") == "\"\uFFFD\"");
}

TEST_CASE("append_json_string appends, mixing plain runs with escapes") {
  std::string out = "x:";
  text::append_json_string(out, "ab\"c\x01"
                                "d中e\xFF");
  CHECK(out == R"(x:"ab\"c\u0001d中e\ufffd")");
  text::append_json_string(out, "");
  CHECK(out == R"(x:"ab\"c\u0001d中e\ufffd""")");
}

TEST_CASE("markdown_escape neutralises Markdown and HTML") {
  CHECK(text::markdown_escape("plain text 中文") == "plain text 中文");
  CHECK(text::markdown_escape("a|b") == R"(a\|b)");
  CHECK(text::markdown_escape("`code`") == R"(\`code\`)");
  CHECK(text::markdown_escape("<script>alert(1)</script>") ==
        "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(text::markdown_escape(R"(*_[]#!~\$)") == R"(\*\_\[\]\#\!\~\\\$)");
  CHECK(text::markdown_escape("AT&T &lt;") == "AT&amp;T &amp;lt;");
  CHECK(text::markdown_escape("1 > 0") == "1 &gt; 0");
}

TEST_CASE("markdown_escape turns line breaks into br and drops controls") {
  CHECK(text::markdown_escape("l1\nl2\r\nl3\rl4") == "l1<br>l2<br>l3<br>l4");
  CHECK(text::markdown_escape("\n\n") == "<br><br>");
  CHECK(text::markdown_escape("\x1b[31mred\x1b[0m") == R"(\[31mred\[0m)");
  CHECK(text::markdown_escape("a\tb") == "a b");
  CHECK(text::markdown_escape("a\x07\x7f\xC2\x9B"
                              "b") == "ab");
  CHECK(text::markdown_escape("\xFF") == "\uFFFD");
}

TEST_CASE("markdown_escape output cannot break a table row or open a tag") {
  const std::string out = text::markdown_escape("x|y\\|z\n<img src=x onerror=alert(1)>|`|`\r\\");
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i] == '|') {
      // Every pipe is escaped by an odd number of backslashes.
      std::size_t slashes = 0;
      while (slashes < i && out[i - 1 - slashes] == '\\')
        ++slashes;
      CHECK(slashes % 2 == 1);
    }
    if (out[i] == '<') CHECK(std::string_view(out).substr(i, 4) == "<br>");
    CHECK(out[i] != '\n');
    CHECK(out[i] != '\r');
  }
}

TEST_CASE("html_escape and xml_escape") {
  CHECK(text::html_escape(R"(<a href="x">it's & co</a>)") ==
        "&lt;a href=&quot;x&quot;&gt;it&#39;s &amp; co&lt;/a&gt;");
  CHECK(text::html_escape("a\x1b[31mb\r\n\tc") == "a[31mb\n\tc");
  CHECK(text::html_escape("\xC2\x9B") == "");
  CHECK(text::html_escape("中\xFF") == "中\uFFFD");
  CHECK(text::xml_escape("it's <ok> & \"fine\"") == "it&apos;s &lt;ok&gt; &amp; &quot;fine&quot;");
  CHECK(text::xml_escape(std::string_view("\0\x08x\x1b", 4)) == "x");
  CHECK(text::xml_escape("a\uFFFE"
                         "b\uFFFF"
                         "c") == "abc");
  CHECK(text::xml_escape("l1\nl2\tz") == "l1\nl2\tz");
  CHECK(text::xml_escape("\xC0\xAF") == "\uFFFD\uFFFD");
}

TEST_CASE("terminal_sanitize shows control sequences instead of sending them") {
  CHECK(text::terminal_sanitize("\x1b[31mred\x1b[0m") == R"(\x1b[31mred\x1b[0m)");
  CHECK(text::terminal_sanitize("a\tb\nc 中文 é") == "a\tb\nc 中文 é");
  CHECK(text::terminal_sanitize("50%\rDONE") == R"(50%\x0dDONE)");
  CHECK(text::terminal_sanitize("\x07\x7f") == R"(\x07\x7f)");
  CHECK(text::terminal_sanitize(std::string_view("\0", 1)) == R"(\x00)");
  CHECK(text::terminal_sanitize("\xC2\x9B"
                                "2J") == R"(\u{009b}2J)");
  CHECK(text::terminal_sanitize("\xFF\xFE") == R"(\xff\xfe)");
  CHECK(text::terminal_sanitize("abc\u202Efed") == R"(abc\u{202e}fed)");
  CHECK(text::terminal_sanitize("\xE4\xB8") == R"(\xe4\xb8)");
}

TEST_CASE("mermaid_label escapes what Mermaid interprets") {
  CHECK(text::mermaid_label("Key account 中文") == "Key account 中文");
  CHECK(text::mermaid_label(R"(say "hi")") == "say #quot;hi#quot;");
  CHECK(text::mermaid_label("<b>x</b>") == "#lt;b#gt;x#lt;/b#gt;");
  CHECK(text::mermaid_label("a\nb\r\nc\td") == "a b c d");
  CHECK(text::mermaid_label("`x`") == "#96;x#96;");
  CHECK(text::mermaid_label("a|b[c]{d}(e);") == "a#124;b#91;c#93;#123;d#125;#40;e#41;#59;");
  CHECK(text::mermaid_label("#quot; R&D") == "#35;quot#59; R#38;D");
  CHECK(text::mermaid_label("\x1b[0m") == "#91;0m");
}

TEST_CASE("edit_distance is Levenshtein over bytes") {
  CHECK(text::edit_distance("", "") == 0);
  CHECK(text::edit_distance("abc", "") == 3);
  CHECK(text::edit_distance("", "abc") == 3);
  CHECK(text::edit_distance("same", "same") == 0);
  CHECK(text::edit_distance("kitten", "sitting") == 3);
  CHECK(text::edit_distance("tragets", "targets") == 2);
  CHECK(text::edit_distance("flaw", "lawn") == 2);
  CHECK(text::edit_distance("Name", "name") == 1);
}

TEST_CASE("edit_distance stops at the cap") {
  CHECK(text::edit_distance("kitten", "sitting", 1) == 2);
  CHECK(text::edit_distance("kitten", "sitting", 3) == 3);
  CHECK(text::edit_distance("abcdef", "x", 2) == 3);
  CHECK(text::edit_distance("abc", "xyz", 0) == 1);
  CHECK(text::edit_distance("abc", "abc", 0) == 0);
  CHECK(text::edit_distance("ab", "ba", std::numeric_limits<std::size_t>::max()) == 2);
}

TEST_CASE("suggest finds the nearest key within a third of the word") {
  constexpr std::array keys{"id"sv, "name"sv, "targets"sv, "kpis"sv, "owner"sv};
  CHECK(text::suggest("tragets", keys) == "targets");
  CHECK(text::suggest("TARGETS", keys) == "targets");
  CHECK(text::suggest("nam", keys) == "name");
  CHECK(text::suggest("kpi", keys) == "kpis");
  CHECK_FALSE(text::suggest("nmae", keys).has_value()); // distance 2 > max(1, 4 / 3)
  CHECK_FALSE(text::suggest("budget", keys).has_value());
  CHECK_FALSE(text::suggest("zzzzzzzzzz", keys).has_value());
  CHECK_FALSE(text::suggest("x", std::span<const std::string_view>{}).has_value());
}

TEST_CASE("suggest limits and ties") {
  constexpr std::array animals{"cat"sv, "bat"sv};
  CHECK(text::suggest("hat", animals) == "cat");
  constexpr std::array words{"abcxyz"sv, "abcdxy"sv};
  CHECK(text::suggest("abcdef", words) == "abcdxy"); // 2 allowed for 6 letters, 3 is not
}

TEST_CASE("format_number prints integers without decimals") {
  CHECK(text::format_number(0) == "0");
  CHECK(text::format_number(-0.0) == "0");
  CHECK(text::format_number(1200) == "1200");
  CHECK(text::format_number(-3) == "-3");
  CHECK(text::format_number(123456789012345.0) == "123456789012345");
}

TEST_CASE("format_number prints up to six decimals") {
  CHECK(text::format_number(0.25) == "0.25");
  CHECK(text::format_number(1234.5) == "1234.5");
  CHECK(text::format_number(-0.5) == "-0.5");
  CHECK(text::format_number(1.0 / 3) == "0.333333");
  CHECK(text::format_number(2.0 / 3) == "0.666667");
  CHECK(text::format_number(0.1 + 0.2) == "0.3");
  CHECK(text::format_number(1e-6) == "0.000001");
  CHECK(text::format_number(100000000000000.5) == "100000000000000.5");
}

TEST_CASE("format_number rounds binary ties as printf does, and append_number appends") {
  // 1/128 = 0.0078125 exactly: a tie at the sixth decimal, rounded to even.
  CHECK(text::format_number(1.0 / 128) == "0.007812");
  CHECK(text::format_number(3.0 / 128) == "0.023438");
  CHECK(text::format_number(-1.0 / 128) == "-0.007812");
  CHECK(text::format_number(0.0000015) == "0.000002");
  std::string out = "[";
  text::append_number(out, 2.5);
  out += ',';
  text::append_number(out, -0.0);
  CHECK(out == "[2.5,0");
}

TEST_CASE("format_number outside the report range and non-finite values") {
  CHECK(text::format_number(5e-7) == "5e-07");
  CHECK(text::format_number(-2.5e-8) == "-2.5e-08");
  CHECK(text::format_number(1e15) == "1000000000000000");
  CHECK(text::format_number(1e16) == "1e+16");
  CHECK(text::format_number(1e20) == "1e+20");
  CHECK(text::format_number(std::nan("")) == "nan");
  CHECK(text::format_number(std::numeric_limits<double>::infinity()) == "inf");
  CHECK(text::format_number(-std::numeric_limits<double>::infinity()) == "-inf");
}

TEST_CASE("format_fixed and format_percent") {
  CHECK(text::format_fixed(3.14159, 2) == "3.14");
  CHECK(text::format_fixed(1, 3) == "1.000");
  CHECK(text::format_fixed(-1.5, 1) == "-1.5");
  CHECK(text::format_fixed(-0.0, 2) == "0.00");
  CHECK(text::format_fixed(-0.001, 2) == "0.00");
  CHECK(text::format_fixed(-0.4, 0) == "0");
  CHECK(text::format_fixed(7.6, -1) == "8");
  CHECK(text::format_fixed(std::nan(""), 2) == "nan");
  CHECK(text::format_percent(0.953, 1) == "95.3%");
  CHECK(text::format_percent(1, 0) == "100%");
  CHECK(text::format_percent(0.5, 2) == "50.00%");
  CHECK(text::format_percent(-0.0001, 1) == "0.0%");
}

} // namespace unit_util_text
