#!/usr/bin/env python3
"""Cuts seed inputs for every fuzz harness out of the batpak 0.5.0 fixtures.

usage: make_seeds.py FIXTURES_DIR OUT_DIR
Writes OUT_DIR/<harness>/<seed files>; nothing is committed, the seeds are rebuilt on demand.
"""
import hashlib
import os
import struct
import sys
import zlib

MAX_LEN = {  # keep in sync with fuzz/CMakeLists.txt (BATSCOPE_FUZZ_MAX_LEN_*)
    "segment": 32768, "frame_body": 4096, "sidx_footer": 16384, "snapshot": 65536,
    "checkpoint": 65536, "visibility": 1024, "msgpack": 4096, "manifest": 4096,
    "event_query": 256, "data_dir": 65536,
}


def write(out, harness, data):
    if len(data) > MAX_LEN[harness]:
        return
    d = os.path.join(out, harness)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)


def frames(seg):
    """(offset, body) of every frame envelope after the header, up to the footer."""
    if len(seg) < 8 or seg[:4] != b"FBAT":
        return
    off = 8 + struct.unpack(">I", seg[4:8])[0]
    end = len(seg)
    if seg[-4:] == b"SIDX" and len(seg) >= 16:
        end = min(end, struct.unpack("<Q", seg[-16:-8])[0])
    while off + 8 <= end:
        n = struct.unpack(">I", seg[off:off + 4])[0]
        if n == 0 or off + 8 + n > end:
            return
        yield off, seg[off + 8:off + 8 + n]
        off += 8 + n


def read(path):
    with open(path, "rb") as f:
        return f.read()


def main():
    fixtures, out = sys.argv[1], sys.argv[2]
    names = sorted(n for n in os.listdir(fixtures) if os.path.isdir(os.path.join(fixtures, n, "data")))
    bodies = {}
    for name in names:
        data = os.path.join(fixtures, name, "data")
        files = sorted(os.listdir(data))
        segs = [f for f in files if f.endswith(".fbat")]
        for i, s in enumerate(segs[:3] + segs[-1:]):
            seg = read(os.path.join(data, s))
            write(out, "segment", seg)
            if len(seg) > MAX_LEN["segment"]:
                write(out, "segment", seg[:MAX_LEN["segment"]])  # a torn tail
            # SIDX footer: cut from the string table on, offsets rebased to 0.
            if seg[-4:] == b"SIDX" and len(seg) >= 16:
                sto, count = struct.unpack("<QI", seg[-16:-4])
                if sto <= len(seg) - 16:
                    tail = bytearray(seg[sto:])
                    tail[-16:-8] = struct.pack("<Q", 0)
                    write(out, "sidx_footer", bytes(tail))
                hl = struct.unpack(">I", seg[4:8])[0]
                write(out, "msgpack", b"\x80" + seg[8:8 + hl])
                write(out, "msgpack", b"\x80" + seg[sto:len(seg) - 16 - count * 154])
            for off, body in frames(seg):
                key = (len(body) // 64, body[:1], name)
                if key not in bodies:
                    bodies[key] = body
        for art, harness in (("index.fbati", "snapshot"), ("index.ckpt", "checkpoint"),
                             ("visibility_ranges.fbv", "visibility")):
            if art in files:
                blob = read(os.path.join(data, art))
                write(out, harness, blob)
                if harness != "snapshot":
                    write(out, "msgpack", b"\x80" + blob[12:12 + MAX_LEN["msgpack"] - 1])
        # Whole directories: [flags][file u8][len u32 LE][bytes]…, the first segments plus artifacts.
        order = ["000001.fbat", "000002.fbat", "000003.fbat", "000004.fbat",
                 "index.fbati", "index.ckpt", "visibility_ranges.fbv"]
        blob = bytearray([3])
        for idx, fname in enumerate(order):
            if fname.endswith(".fbat"):
                if idx >= len(segs):
                    continue
                path = os.path.join(data, segs[idx])
            elif fname in files:
                path = os.path.join(data, fname)
            else:
                continue
            b = read(path)
            if len(blob) + 5 + len(b) > MAX_LEN["data_dir"]:
                continue
            blob += bytes([idx]) + struct.pack("<I", len(b)) + b
        if len(blob) > 1:
            write(out, "data_dir", bytes(blob))
    for body in list(bodies.values())[:200]:
        write(out, "frame_body", body)
        write(out, "msgpack", b"\x80" + body)

    for q in ["entity:order:*", "scope:acme", "kind:1:5", "kind:0x1001", "kind:2:*",
              "after:2026-01-01", "before:2026-02-01T12:00", "seg:3", "!seg:1 word",
              "id:01a211c2-e685-7984-97ce-ced3c54636fc", "corr:01a211c2e685798497ceced3c54636fc",
              "cause:01a2", '"free text" entity:*x*', "after:2026-01-01 12:30:15", "before:1700000000000",
              "entity:[a-z]?*", "scope:**"]:
        write(out, "event_query", q.encode())
    h = "af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262"
    write(out, "manifest", (
        '{\n  "batscope_version": "0.1.0",\n  "created": "2026-11-25T10:12:42Z",\n'
        '  "store": {"segments": 1, "bytes": 12504, "events": 10, "open_path": "mmap"},\n'
        '  "files": [{"name": "000001.fbat", "bytes": 10562, "blake3": "%s"},\n'
        '            {"name": "index.fbati", "bytes": 1942, "blake3": "%s"}]\n}\n' % (h, h)).encode())
    write(out, "manifest", b'{"batscope_version":"x","created":"","store":{"segments":0,"bytes":0,"events":null,"open_path":""},"files":[]}')
    # A few hand-made msgpack values (first byte = depth selector).
    for v in [b"\x80\x93\x01\xa1a\xc4\x02\x00\x01", b"\x80\x82\xa1k\xcb\x7f\xf8\x00\x00\x00\x00\x00\x00\xa1j\xd6\x01abcd",
              b"\x80\x81\x01\x02", b"\x80\xa2\xff\xfe", b"\x80\xd3\xff\xff\xff\xff\xff\xff\xff\xff"]:
        write(out, "msgpack", v)
    write(out, "visibility", b"FBATVR\x01\x00" + struct.pack("<I", zlib.crc32(b"\x81\xa6ranges\x90")) + b"\x81\xa6ranges\x90")
    for h in MAX_LEN:
        d = os.path.join(out, h)
        os.makedirs(d, exist_ok=True)
        print(f"make_seeds: {h}: {len(os.listdir(d))} seeds")


if __name__ == "__main__":
    main()
