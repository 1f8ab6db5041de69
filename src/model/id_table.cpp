// SPDX-License-Identifier: MIT
// The plan's id table: a flat hash table keyed through the entities' own ids.
#include "kaplan/model/id_table.hpp"

#include "kaplan/model/plan.hpp"

#include <functional>

namespace kaplan {

static_assert(sizeof(IdEntry) == 20, "as the header says");

namespace {

std::uint32_t hash_of(std::string_view id) {
  return static_cast<std::uint32_t>(std::hash<std::string_view>{}(id));
}

// The least power of two, at least 16, whose 3/4 holds n entries.
std::size_t capacity_for(std::size_t n) {
  std::size_t c = 16;
  while (c / 4 * 3 < n)
    c *= 2;
  return c;
}

} // namespace

void IdTable::reserve(std::size_t n) {
  entries_.reserve(n);
  if (capacity_for(n) > slots_.size()) grow(capacity_for(n));
}

void IdTable::clear() {
  entries_.clear();
  slots_.clear();
}

std::size_t IdTable::probe(const Plan& plan, std::string_view id, std::uint32_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.entry == 0) return i;
    if (s.hash != hash) continue;
    const IdEntry& e = entries_[s.entry - 1];
    if (plan.id_of(e.kind, e.index) == id) return i;
  }
}

// Rehashes from the stored hashes: no key is read again.
void IdTable::grow(std::size_t capacity) {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(capacity, Slot{});
  const std::size_t mask = capacity - 1;
  for (const Slot& s : old) {
    if (s.entry == 0) continue;
    std::size_t i = s.hash & mask;
    while (slots_[i].entry != 0)
      i = (i + 1) & mask;
    slots_[i] = s;
  }
}

std::pair<const IdEntry*, bool> IdTable::insert(const Plan& plan, const IdEntry& entry) {
  const std::string_view id = plan.id_of(entry.kind, entry.index);
  if (slots_.size() / 4 * 3 < entries_.size() + 1) grow(capacity_for(entries_.size() + 1));
  const std::uint32_t hash = hash_of(id);
  Slot& s = slots_[probe(plan, id, hash)];
  if (s.entry != 0) return {&entries_[s.entry - 1], false};
  entries_.push_back(entry);
  s = {hash, static_cast<std::uint32_t>(entries_.size())};
  return {&entries_.back(), true};
}

const IdEntry* IdTable::find(const Plan& plan, std::string_view id) const {
  if (slots_.empty()) return nullptr;
  const Slot& s = slots_[probe(plan, id, hash_of(id))];
  return s.entry == 0 ? nullptr : &entries_[s.entry - 1];
}

} // namespace kaplan
