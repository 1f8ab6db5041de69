// SPDX-License-Identifier: MIT
#include "kaplan/util/json_writer.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <doctest/doctest.h>
#include <limits>
#include <string>
#include <vector>

namespace unit_util_json_writer {

using kaplan::JsonStyle;
using kaplan::JsonWriter;

namespace {

// The same nested document for both styles.
void write_sample(JsonWriter& w) {
  w.begin_object();
  w.key("name").value("Acme \"Key\" Account");
  w.key("year").value(2027);
  w.key("share").value(0.25);
  w.key("tags").begin_array().value("a").value(true).null().end_array();
  w.key("empty_object").begin_object().end_object();
  w.key("empty_array").begin_array().end_array();
  w.key("nested").begin_object().key("x").value(-1.5).key("ok").value(false).end_object();
  w.end_object();
}

} // namespace

TEST_CASE("JsonWriter pretty output") {
  JsonWriter w;
  write_sample(w);
  CHECK(w.complete());
  CHECK(w.str() == R"({
  "name": "Acme \"Key\" Account",
  "year": 2027,
  "share": 0.25,
  "tags": [
    "a",
    true,
    null
  ],
  "empty_object": {},
  "empty_array": [],
  "nested": {
    "x": -1.5,
    "ok": false
  }
})");
}

TEST_CASE("JsonWriter compact output") {
  JsonWriter w(JsonStyle::compact);
  write_sample(w);
  CHECK(std::move(w).str() ==
        R"({"name":"Acme \"Key\" Account","year":2027,"share":0.25,"tags":["a",true,null],)"
        R"("empty_object":{},"empty_array":[],"nested":{"x":-1.5,"ok":false}})");
}

TEST_CASE("JsonWriter arrays of containers") {
  JsonWriter w;
  w.begin_array();
  w.begin_object().key("a").value(1).end_object();
  w.begin_array().end_array();
  w.begin_array().value(1).value(2).end_array();
  w.end_array();
  CHECK(w.str() == R"([
  {
    "a": 1
  },
  [],
  [
    1,
    2
  ]
])");
}

TEST_CASE("JsonWriter root scalars and empty roots") {
  JsonWriter scalar;
  CHECK_FALSE(scalar.complete());
  scalar.value("x\ny");
  CHECK(scalar.complete());
  CHECK(scalar.str() == R"("x\ny")");

  JsonWriter object;
  object.begin_object();
  CHECK_FALSE(object.complete());
  object.end_object();
  CHECK(object.str() == "{}");

  JsonWriter array(JsonStyle::compact);
  array.begin_array().end_array();
  CHECK(array.str() == "[]");
}

TEST_CASE("JsonWriter numbers") {
  JsonWriter w(JsonStyle::compact);
  w.begin_array();
  w.value(std::nan(""));
  w.value(std::numeric_limits<double>::infinity());
  w.value(-std::numeric_limits<double>::infinity());
  w.value(-0.0);
  w.value(1.0 / 3);
  w.value(1e20);
  w.value(std::numeric_limits<long long>::min());
  w.value(std::numeric_limits<unsigned long long>::max());
  w.value(std::size_t{42});
  w.value(std::uint32_t{7});
  w.value(std::int64_t{-8});
  w.value(std::int16_t{-9});
  w.end_array();
  CHECK(w.str() == "[null,null,null,0,0.333333,1e+20,-9223372036854775808,"
                   "18446744073709551615,42,7,-8,-9]");
}

TEST_CASE("JsonWriter escapes keys and strings") {
  JsonWriter w(JsonStyle::compact);
  const std::string owned = "owned";
  w.begin_object();
  w.key("a\"b\x1b").value(std::string_view("\t"));
  w.key("owned").value(owned);
  w.key("bad").value("\xFF");
  w.end_object();
  CHECK(w.str() == R"({"a\"b\u001b":"\t","owned":"owned","bad":"\ufffd"})");
}

TEST_CASE("JsonWriter parts written apart give the text of one writer") {
  for (JsonStyle style : {JsonStyle::pretty, JsonStyle::compact}) {
    CAPTURE(static_cast<int>(style));
    // Elements 0..6 of an array inside an object, some parts empty (the first included).
    auto element = [](JsonWriter& w, int i) {
      if (i % 3 == 0) return; // written by no part
      w.begin_object().key("i").value(i).key("xs").begin_array().value(i).end_array();
      w.end_object();
    };
    JsonWriter whole(style);
    whole.begin_object().key("list").begin_array();
    for (int i = 0; i < 7; ++i)
      element(whole, i);
    whole.end_array().end_object();

    JsonWriter joined(style);
    joined.begin_object().key("list").begin_array();
    std::vector<JsonWriter> parts(4, joined.part());
    const int bounds[] = {0, 1, 1, 4, 7}; // parts {0}, {}, {1,2,3}, {4,5,6}
    for (int k = 0; k < 4; ++k)
      for (int i = bounds[k]; i < bounds[k + 1]; ++i)
        element(parts[static_cast<std::size_t>(k)], i);
    if (style == JsonStyle::pretty)
      for (const auto& p : parts)
        joined.append_part(p);
    else
      joined.append_parts(parts);
    joined.end_array().end_object();
    CHECK(joined.str() == whole.str());
    CHECK(joined.complete());
  }
}

} // namespace unit_util_json_writer
