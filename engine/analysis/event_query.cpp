#include "batscope/analysis/event_query.h"

#include <fnmatch.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <ctime>
#include <mutex>

#include "batscope/restore/event_reader.h"

namespace batscope {

bool EventQuery::needsPayload() const {
  for (const QueryTerm& t : terms)
    if (t.field == QueryTerm::Field::Text) return true;
  return false;
}

std::optional<uint64_t> parseTimeMs(const std::string& input) {
  if (input.empty()) return std::nullopt;
  if (std::all_of(input.begin(), input.end(), [](char c) { return std::isdigit(uint8_t(c)); }) && input.size() > 8) {
    uint64_t v = 0;
    auto [p, ec] = std::from_chars(input.data(), input.data() + input.size(), v);
    if (ec == std::errc() && p == input.data() + input.size()) return v;
    return std::nullopt;
  }
  // Dates and times are UTC; a trailing Z says so explicitly, ".mmm" adds milliseconds.
  std::string text = input;
  if (text.back() == 'Z' || text.back() == 'z') text.pop_back();
  uint64_t millis = 0;
  if (const auto dot = text.find('.'); dot != std::string::npos) {
    const std::string frac = text.substr(dot + 1);
    if (frac.empty() || frac.size() > 3 || !std::all_of(frac.begin(), frac.end(), [](char c) { return std::isdigit(uint8_t(c)); }))
      return std::nullopt;
    millis = std::stoull(frac) * (frac.size() == 1 ? 100 : frac.size() == 2 ? 10 : 1);
    text.resize(dot);
  }
  int y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0, used = 0;
  char sep = 0;
  const int n = std::sscanf(text.c_str(), "%4d-%2d-%2d%c%2d:%2d:%2d%n", &y, &mo, &d, &sep, &h, &mi, &s, &used);
  int usedShort = 0;
  const bool dateOnly = std::sscanf(text.c_str(), "%4d-%2d-%2d%n", &y, &mo, &d, &usedShort) == 3 && size_t(usedShort) == text.size();
  const bool dateTime = (n == 6 || n == 7) && (sep == 'T' || sep == ' ');
  if (!dateOnly && !dateTime) return std::nullopt;
  if (dateOnly) h = mi = s = 0;
  if (dateOnly && millis) return std::nullopt;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60 || y < 1970) return std::nullopt;
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = s;
  const time_t t = timegm(&tm);
  if (t < 0) return std::nullopt;
  return uint64_t(t) * 1000 + millis;
}

std::string formatTimeMs(uint64_t ms) {
  const time_t t = time_t(ms / 1000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[48];
  if (ms % 1000)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec, int(ms % 1000));
  else if (tm.tm_hour || tm.tm_min || tm.tm_sec)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec);
  else
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
  return buf;
}

EventQuery::TimeSpan EventQuery::timeSpan() const {
  TimeSpan span;
  for (const QueryTerm& t : terms) {
    if (t.negated) continue;
    if (t.field == QueryTerm::Field::After) span.after = std::max(span.after.value_or(0), t.number);
    if (t.field == QueryTerm::Field::Before) span.before = std::min(span.before.value_or(UINT64_MAX), t.number);
  }
  return span;
}

EventQuery EventQuery::withTimeSpan(std::optional<uint64_t> after, std::optional<uint64_t> before) const {
  EventQuery out;
  for (const QueryTerm& t : terms)
    if (t.negated || (t.field != QueryTerm::Field::After && t.field != QueryTerm::Field::Before)) out.terms.push_back(t);
  QueryTerm term;
  if (after) {
    term.field = QueryTerm::Field::After;
    term.number = *after;
    out.terms.push_back(term);
  }
  if (before) {
    term.field = QueryTerm::Field::Before;
    term.number = *before;
    out.terms.push_back(term);
  }
  return out;
}

std::string EventQuery::canonicalText() const {
  std::string out;
  for (const QueryTerm& t : terms) {
    if (!out.empty()) out += ' ';
    if (t.negated) out += '!';
    switch (t.field) {
      case QueryTerm::Field::Entity: out += "entity:" + t.text; break;
      case QueryTerm::Field::Scope: out += "scope:" + t.text; break;
      case QueryTerm::Field::Kind: out += "kind:" + std::to_string(t.number >> 12) + ":" + std::to_string(t.number & 0xfff); break;
      case QueryTerm::Field::KindCategory: out += "kind:" + std::to_string(t.number) + ":*"; break;
      case QueryTerm::Field::After: out += "after:" + formatTimeMs(t.number); break;
      case QueryTerm::Field::Before: out += "before:" + formatTimeMs(t.number); break;
      case QueryTerm::Field::Segment: out += "seg:" + std::to_string(t.number); break;
      case QueryTerm::Field::EventId: out += "id:" + hexEncode(t.id); break;
      case QueryTerm::Field::Correlation: out += "corr:" + hexEncode(t.id); break;
      case QueryTerm::Field::Causation: out += "cause:" + hexEncode(t.id); break;
      case QueryTerm::Field::Text: {
        // Bare when it reads back as the same free text; quoted otherwise.
        const bool bare = !t.text.empty() && t.text.find_first_of(" \t\n\"") == std::string::npos &&
                          t.text[0] != '!' && t.text[0] != '-' && t.text.find(':') == std::string::npos;
        out += bare ? t.text : "\"" + t.text + "\"";
        break;
      }
    }
  }
  return out;
}

namespace {

bool parseNumber(const std::string& s, uint64_t& out) {
  try {
    size_t used = 0;
    out = std::stoull(s, &used, 0);
    return used == s.size();
  } catch (...) {
    return false;
  }
}

bool parseKindTerm(const std::string& v, QueryTerm& t) {
  const auto colon = v.find(':');
  uint64_t a = 0, b = 0;
  if (colon == std::string::npos) {
    if (!parseNumber(v, a) || a > 0xffff) return false;
    t.field = QueryTerm::Field::Kind;
    t.number = a;
    return true;
  }
  if (!parseNumber(v.substr(0, colon), a) || a > 0xf) return false;
  const std::string type = v.substr(colon + 1);
  if (type == "*") {
    t.field = QueryTerm::Field::KindCategory;
    t.number = a;
    return true;
  }
  if (!parseNumber(type, b) || b > 0xfff) return false;
  t.field = QueryTerm::Field::Kind;
  t.number = (a << 12) | b;
  return true;
}

// ASCII case folding, as std::tolower does in the "C" locale, without its per-call cost.
char asciiLower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

bool icontains(std::string_view hay, const std::string& lowerNeedle) {
  if (lowerNeedle.empty()) return true;
  if (hay.size() < lowerNeedle.size()) return false;
  const char first = lowerNeedle[0];
  const size_t last = hay.size() - lowerNeedle.size();
  for (size_t i = 0; i <= last; ++i) {
    if (asciiLower(hay[i]) != first) continue;
    size_t k = 1;
    while (k < lowerNeedle.size() && asciiLower(hay[i + k]) == lowerNeedle[k]) ++k;
    if (k == lowerNeedle.size()) return true;
  }
  return false;
}

}  // namespace

bool parseEventQuery(const std::string& text, EventQuery& out, QueryParseError& err) {
  out.terms.clear();
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    while (i < n && std::isspace(uint8_t(text[i]))) ++i;
    if (i >= n) break;
    const size_t start = i;
    QueryTerm t;
    if (text[i] == '!' || text[i] == '-') {
      t.negated = true;
      ++i;
    }
    if (i < n && text[i] == '"') {
      const size_t close = text.find('"', i + 1);
      if (close == std::string::npos) {
        err = {i, "unterminated quote"};
        return false;
      }
      t.field = QueryTerm::Field::Text;
      t.text = text.substr(i + 1, close - i - 1);
      i = close + 1;
      out.terms.push_back(t);
      continue;
    }
    size_t end = i;
    while (end < n && !std::isspace(uint8_t(text[end]))) ++end;
    const std::string word = text.substr(i, end - i);
    i = end;
    const auto colon = word.find(':');
    const std::string key = colon == std::string::npos ? "" : word.substr(0, colon);
    std::string value = colon == std::string::npos ? word : word.substr(colon + 1);
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    if (key == "entity") { t.field = QueryTerm::Field::Entity; t.text = value; }
    else if (key == "scope") { t.field = QueryTerm::Field::Scope; t.text = value; }
    else if (key == "kind") {
      if (!parseKindTerm(value, t)) { err = {start, "kind takes 4097, 0x1001, 1:1 or 1:*"}; return false; }
    } else if (key == "after" || key == "before") {
      const auto ms = parseTimeMs(value);
      if (!ms) { err = {start, key + " takes a date like 2026-01-01 or 2026-01-01T12:30"}; return false; }
      t.field = key == "after" ? QueryTerm::Field::After : QueryTerm::Field::Before;
      t.number = *ms;
    } else if (key == "seg" || key == "segment") {
      if (!parseNumber(value, t.number)) { err = {start, "seg takes a segment id"}; return false; }
      t.field = QueryTerm::Field::Segment;
    } else if (key == "id" || key == "corr" || key == "cause") {
      if (!parseId128(value, t.id)) { err = {start, key + " takes a 32-digit hex id"}; return false; }
      t.field = key == "id" ? QueryTerm::Field::EventId : key == "corr" ? QueryTerm::Field::Correlation : QueryTerm::Field::Causation;
    } else {
      // Not a known field: the whole word is free text (so "order:7" finds payload text too).
      t.field = QueryTerm::Field::Text;
      t.text = word;
    }
    out.terms.push_back(t);
  }
  return true;
}

bool matchesQuery(const Index& index, const DataDir& dir, const EventQuery& query, uint32_t row) {
  const IndexEntry& e = index.entry(row);
  std::optional<std::vector<uint8_t>> payload;
  for (const QueryTerm& t : query.terms) {
    bool m = false;
    switch (t.field) {
      case QueryTerm::Field::Entity:
        m = fnmatch(t.text.c_str(), std::string(index.entity(row)).c_str(), 0) == 0;
        break;
      case QueryTerm::Field::Scope:
        m = fnmatch(t.text.c_str(), std::string(index.scope(row)).c_str(), 0) == 0;
        break;
      case QueryTerm::Field::Kind: m = e.kind == t.number; break;
      case QueryTerm::Field::KindCategory: m = (e.kind >> 12) == t.number; break;
      case QueryTerm::Field::After: m = e.wallMs >= t.number; break;
      case QueryTerm::Field::Before: m = e.wallMs < t.number; break;
      case QueryTerm::Field::Segment: m = e.segmentId == t.number; break;
      case QueryTerm::Field::EventId: m = index.eventId(row) == t.id; break;
      case QueryTerm::Field::Correlation: m = index.correlationId(row) == t.id; break;
      case QueryTerm::Field::Causation: {
        const auto c = index.causationId(row);
        m = c && *c == t.id;
        break;
      }
      case QueryTerm::Field::Text: {
        std::string lower = t.text;
        for (char& c : lower) c = asciiLower(c);
        m = icontains(index.entity(row), lower) || icontains(index.scope(row), lower);
        if (!m) {
          if (!payload) {
            FrameRead fr = readFrameAtPosition(dir, FramePos{e.segmentId, e.offset, e.length}, PayloadMode::Any);
            payload = fr.ok ? std::move(fr.payload) : std::vector<uint8_t>{};
          }
          // Case-insensitive (ASCII), which also finds every exact occurrence.
          m = icontains(std::string_view(reinterpret_cast<const char*>(payload->data()), payload->size()), lower);
        }
        break;
      }
    }
    if (m == t.negated) return false;
  }
  return true;
}

std::optional<std::vector<uint32_t>> runEventQuery(const Index& index, const DataDir& dir, const EventQuery& query,
                                                   const std::vector<uint32_t>& candidates,
                                                   const std::atomic<bool>* cancel,
                                                   const std::function<void(double)>& progress, Executor* executor) {
  if (query.empty()) return candidates;
  // Chunks of candidates, matched in parallel; each keeps its matches in order and the chunks
  // are joined in order. Progress is reported per finished chunk, one call at a time.
  const size_t chunk = query.needsPayload() ? 2048 : 65536;
  const size_t chunks = (candidates.size() + chunk - 1) / chunk;
  std::vector<std::vector<uint32_t>> matched(chunks);
  std::atomic<size_t> finished{0};
  std::mutex progressMu;
  InlineExecutor inlineExecutor;
  (executor ? *executor : inlineExecutor).parallelFor(chunks, [&](size_t c) {
    if (cancel && cancel->load(std::memory_order_relaxed)) return;
    const size_t end = std::min(candidates.size(), (c + 1) * chunk);
    for (size_t i = c * chunk; i < end; ++i)
      if (matchesQuery(index, dir, query, candidates[i])) matched[c].push_back(candidates[i]);
    const size_t done = ++finished;
    if (progress) {
      std::lock_guard<std::mutex> lock(progressMu);
      progress(double(done) / double(chunks));
    }
  });
  if (cancel && cancel->load(std::memory_order_relaxed)) return std::nullopt;
  std::vector<uint32_t> out;
  for (std::vector<uint32_t>& m : matched) out.insert(out.end(), m.begin(), m.end());
  if (progress) progress(1.0);
  return out;
}

std::vector<std::string> completeQuery(const Index& index, const std::string& prefix, size_t limit) {
  static const char* const fields[] = {"entity:", "scope:", "kind:", "after:", "before:", "seg:", "id:", "corr:", "cause:"};
  std::vector<std::string> out;
  std::string p = prefix;
  bool neg = false;
  if (!p.empty() && (p[0] == '!' || p[0] == '-')) { neg = true; p = p.substr(1); }
  const std::string bang = neg ? "!" : "";
  for (const char* f : fields)
    if (std::string(f).rfind(p, 0) == 0 && p.size() < std::string(f).size()) out.push_back(bang + f);
  auto addStrings = [&](const std::string& key) {
    if (p.rfind(key, 0) != 0) return;
    const std::string rest = p.substr(key.size());
    for (size_t id = 1; id < index.stringCount() && out.size() < limit; ++id) {
      const std::string_view s = index.string(uint32_t(id));
      if (s.substr(0, rest.size()) == rest) out.push_back(bang + key + std::string(s));
    }
  };
  addStrings("entity:");
  addStrings("scope:");
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace batscope
