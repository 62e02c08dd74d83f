// libFuzzer target: the share-link body decoder. The input is a link's body (format version
// byte first); the target appends the check value the encoder would write (low 24 bits of
// CRC-32 of the body, little-endian), base64url-encodes it without padding and decodes that,
// so nearly every input gets past the check value that stops raw text in fuzz_link.
// Byte 0 is read as the current format version unless it is 0xF0-0xFF, which stands for
// version 0-15 (older, current and newer versions, a sixteenth of the time).
// The corpus files (corpus/link_sealed/*.bin) are bodies in this form: gen_corpus.py writes them.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "plan_checks.hpp"

namespace {

// CRC-32 (IEEE, reflected, polynomial 0xEDB88320), bit by bit: bodies are small.
uint32_t crc32_ieee(const std::vector<uint8_t>& bytes) {
    uint32_t crc = ~0u;
    for (uint8_t byte : bytes) {
        crc ^= byte;
        for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

std::string to_base64url(const std::vector<uint8_t>& bytes) {
    static constexpr char kDigits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string text;
    uint32_t pending = 0;
    int pending_bits = 0;
    for (uint8_t byte : bytes) {
        pending = (pending << 8) | byte;
        pending_bits += 8;
        while (pending_bits >= 6) {
            pending_bits -= 6;
            text += kDigits[(pending >> pending_bits) & 63u];
        }
    }
    if (pending_bits > 0) text += kDigits[(pending << (6 - pending_bits)) & 63u];  // zero-filled tail
    return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::vector<uint8_t> sealed(data, data + size);
    if (!sealed.empty())
        sealed[0] = sealed[0] >= 0xF0 ? static_cast<uint8_t>(sealed[0] - 0xF0) : static_cast<uint8_t>(failsafe::kLinkFormatVersion);
    const uint32_t check = crc32_ieee(sealed) & 0xFFFFFFu;
    for (int shift = 0; shift < 24; shift += 8) sealed.push_back(static_cast<uint8_t>(check >> shift));
    fuzz_checks::check_decoded(failsafe::decode_link(to_base64url(sealed)));
    return 0;
}
