// The elements of a msgpack byte array as rmp-serde writes a Vec<u8> or [u8; N]: each byte
// is a positive fixint (0x00-0x7f) or "cc XX". Every hash, most ids and every payload of a
// batpak frame is one, and walking them one element at a time is a chain of dependent
// loads (where an element starts depends on the byte before). scanPackedBytes finds all
// element boundaries of 64 bytes at once instead:
//
//   high    = bytes >= 0x80. In a run of high bytes, markers (cc) and their values alternate
//             from the run's start, and the byte after a marker is its value whatever it is;
//   escaped = the value bytes: the run-parity computation simdjson uses for backslashes
//             ("find_escaped"), with a carry across blocks;
//   markers = high & ~escaped, which must all be 0xcc; element starts = ~escaped.
//
// The array ends after its n-th element start (one byte further when that start is a
// marker). The output bytes are the non-marker bytes before the end, in order.
#pragma once

#include <cstddef>
#include <cstdint>

namespace batscope {

// Scans `n` packed elements at the start of [data, data+len). On success sets `encodedLen`
// (the bytes they take) and, when `out` is not null, writes the n values to out[0..n).
// Fails, with nothing promised about `out`, when the span ends early or an element is
// encoded any other way (cd/ce/cf/d0…, which serde also accepts: callers fall back to
// reading element by element). Never reads outside [data, data+len).
bool scanPackedBytes(const uint8_t* data, size_t len, size_t n, uint8_t* out, size_t& encodedLen);

// The two block scans scanPackedBytes picks from at run time: the AVX-512 one (VBMI2's byte
// compress) where the CPU has it, else this SSE2 one (PEXT for the copy where there is BMI2).
// Apart for the tests and the fuzzer, which compare both with the scalar reference.
bool scanPackedBytesPortable(const uint8_t* data, size_t len, size_t n, uint8_t* out, size_t& encodedLen);
bool packedBytesScanUsesAvx512();

// The same, one element at a time: the reference the tests and the fuzzer compare against.
bool scanPackedBytesScalar(const uint8_t* data, size_t len, size_t n, uint8_t* out, size_t& encodedLen);

}  // namespace batscope
