// SPDX-License-Identifier: MIT
#include "kaplan/util/json_writer.hpp"

#include "kaplan/util/text.hpp"

#include <cassert>
#include <charconv>
#include <cmath>

namespace kaplan {

JsonWriter::JsonWriter(JsonStyle style) : style_(style) {}

void JsonWriter::new_line(std::size_t depth) {
  if (style_ == JsonStyle::compact) return;
  // A line break and the indentation of the usual depths in one append.
  static constexpr std::string_view kBreak = "\n                                ";
  if (1 + 2 * depth <= kBreak.size()) {
    out_.append(kBreak.data(), 1 + 2 * depth);
    return;
  }
  out_ += '\n';
  out_.append(2 * depth, ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false; // the key already placed comma and indentation
    return;
  }
  if (stack_.empty()) {
    assert(!wrote_root_ && "JSON text has a single root value");
    wrote_root_ = true;
    return;
  }
  Frame& top = stack_.back();
  assert(!top.is_object && "a value inside an object needs a key first");
  if (top.has_items) out_ += ',';
  top.has_items = true;
  new_line(stack_.size());
}

JsonWriter& JsonWriter::key(std::string_view k) {
  assert(!stack_.empty() && stack_.back().is_object && !after_key_ && "key outside an object");
  Frame& top = stack_.back();
  if (top.has_items) out_ += ',';
  top.has_items = true;
  new_line(stack_.size());
  text::append_json_string(out_, k);
  out_ += style_ == JsonStyle::pretty ? ": " : ":";
  after_key_ = true;
  return *this;
}

void JsonWriter::open(char bracket, bool is_object) {
  before_value();
  out_ += bracket;
  stack_.push_back(Frame{is_object, false});
}

void JsonWriter::close(char bracket, bool is_object) {
  assert(!stack_.empty() && stack_.back().is_object == is_object && !after_key_ &&
         "unbalanced end of a JSON container");
  (void)is_object; // only checked by the assertion
  const bool had_items = stack_.back().has_items;
  stack_.pop_back();
  if (had_items) new_line(stack_.size()); // empty containers stay "{}" / "[]"
  out_ += bracket;
}

void JsonWriter::scalar(std::string_view text) {
  before_value();
  out_ += text;
}

JsonWriter JsonWriter::part() const {
  assert(!stack_.empty() && !stack_.back().is_object && "parts are elements of an array");
  JsonWriter w(style_);
  w.stack_ = stack_;
  w.stack_.back().has_items = false; // append_part places the comma between parts
  w.wrote_root_ = true;
  return w;
}

JsonWriter& JsonWriter::append_part(const JsonWriter& p) {
  assert(p.stack_.size() == stack_.size() && !p.after_key_ && "a part closes what it opens");
  if (p.out_.empty()) return *this;
  Frame& top = stack_.back();
  if (top.has_items) out_ += ',';
  top.has_items = true;
  out_ += p.out_;
  return *this;
}

JsonWriter& JsonWriter::append_parts(const std::vector<JsonWriter>& parts) {
  std::size_t size = out_.size();
  for (const auto& p : parts)
    size += p.out_.size() + 1;
  // With room for what follows, as a string's own growth would leave: the lists and
  // the newline after them need not copy the text again.
  if (size > out_.capacity()) out_.reserve(size + size / 2 + 4096);
  for (const auto& p : parts)
    append_part(p);
  return *this;
}

JsonWriter& JsonWriter::begin_object() {
  open('{', true);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  close('}', true);
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  open('[', false);
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  close(']', false);
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view v) {
  before_value();
  text::append_json_string(out_, v);
  return *this;
}

JsonWriter& JsonWriter::value(const char* v) {
  return value(std::string_view(v));
}

JsonWriter& JsonWriter::value(double v) {
  before_value();
  if (std::isfinite(v))
    text::append_number(out_, v);
  else
    out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::value(long long v) {
  before_value();
  char buf[24];
  out_.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
  return *this;
}

JsonWriter& JsonWriter::value(unsigned long long v) {
  before_value();
  char buf[24];
  out_.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
  return *this;
}

JsonWriter& JsonWriter::value(bool v) {
  scalar(v ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::null() {
  scalar("null");
  return *this;
}

} // namespace kaplan
