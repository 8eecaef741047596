#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The cross-check of TestPbkdf2: PBKDF2-HMAC-SHA512 written out from RFC 8018
# section 5.2 (HMAC by hand over hashlib's bare SHA-512), compared with
# hashlib.pbkdf2_hmac on every known answer of the test. Prints True per row.
import hashlib, struct
def hmac512(key, msg):
    if len(key) > 128: key = hashlib.sha512(key).digest()
    key = key.ljust(128, b'\0')
    o = bytes(k ^ 0x5c for k in key); i = bytes(k ^ 0x36 for k in key)
    return hashlib.sha512(o + hashlib.sha512(i + msg).digest()).digest()
def pbkdf2(p, s, c, dklen):
    out = b''
    block = 1
    while len(out) < dklen:
        u = hmac512(p, s + struct.pack('>I', block)); t = int.from_bytes(u, 'big')
        for _ in range(c - 1):
            u = hmac512(p, u); t ^= int.from_bytes(u, 'big')
        out += t.to_bytes(64, 'big'); block += 1
    return out[:dklen].hex()
cases = [(b"password",b"salt",1,64),(b"password",b"salt",2,64),(b"password",b"salt",4096,64),
 (b"passwordPASSWORDpassword",b"saltSALTsaltSALTsaltSALTsaltSALTsalt",4096,64),(b"pass\0word",b"sa\0lt",4096,16),
 (b"password",b"salt",1,128),(b"passwordPASSWORDpassword",b"saltSALTsaltSALTsaltSALTsaltSALTsalt",4096,100),
 ("Açaí com guaraná às 7h".encode(),bytes(range(16)),310000,32),
 ("s3nha-forte da Márcia".encode(),bytes.fromhex("a1b2c3d4e5f60718293a4b5c6d7e8f90"),210000,32)]
for p,s,c,l in cases:
    a = pbkdf2(p,s,c,l); b = hashlib.pbkdf2_hmac('sha512',p,s,c,l).hex()
    print(a == b, c, l, a)
