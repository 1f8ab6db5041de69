// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/diagnostic.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace kaplan {

struct Plan;

// The kinds of entity an id can name; references check the kind.
enum class EntityKind : std::uint8_t {
  plan,
  unit,
  person,
  assumption,
  factor,
  segment,
  competitor,
  source,
  capability,
  issue,
  objective,
  kpi,
  strategy,
  asset,
  action,
  decision,
  review
};

// Where an id is defined: its kind and index in that section's vector.
struct IdEntry {
  EntityKind kind;
  std::uint32_t index;
  Location loc;
};

// Every id of a plan and where it is defined, first definition wins. A flat hash table
// (open addressing, linear probing, at most 3/4 full, doubling) over the entries in the
// order they were added; it keeps no copy of the ids: a key is compared through the
// entity it names (`Plan::id_of(kind, index)`), so the table holds 20 bytes an entry
// plus 8 a slot, and, holding indexes rather than pointers, stays valid when the plan
// is copied or moved. Each slot keeps 32 bits of the key's hash, so a probe compares
// strings only when those agree. Amortised O(1) a lookup and an insertion with
// std::hash (a duplicate id costs one lookup), O(n) to build.
//
// The plan is passed to each call: the ids of the entities must not change while they
// are in the table.
class IdTable {
public:
  // Room for n entries without growing.
  void reserve(std::size_t n);
  // Adds the entry under its entity's id (non-empty). When the id is there already the
  // table is unchanged: returns the entry that holds it and false.
  std::pair<const IdEntry*, bool> insert(const Plan& plan, const IdEntry& entry);
  // The entry of an id, or nullptr.
  const IdEntry* find(const Plan& plan, std::string_view id) const;
  // The entries in the order they were added.
  const std::vector<IdEntry>& entries() const { return entries_; }
  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  void clear();

private:
  struct Slot {
    std::uint32_t hash = 0;  // low 32 bits of the key's hash
    std::uint32_t entry = 0; // index into entries_ plus one; 0 when empty
  };
  // The slot holding id, or the empty slot where it would go.
  std::size_t probe(const Plan& plan, std::string_view id, std::uint32_t hash) const;
  void grow(std::size_t capacity);

  std::vector<IdEntry> entries_;
  std::vector<Slot> slots_; // a power of two in size, or empty
};

} // namespace kaplan
