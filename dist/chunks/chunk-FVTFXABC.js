import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  require_agent,
  require_api,
  require_dispatcher,
  require_util
} from "./chunk-XRZZ2SXY.js";
import {
  writeFileAtomic
} from "./chunk-GIB4PSQN.js";
import {
  parseReasonCode,
  reasonCode
} from "./chunk-QN5TL3GJ.js";
import {
  canonicalizeUrl,
  compileUserRegex,
  stripSiteSuffix
} from "./chunk-6UP4LFZW.js";
import {
  __commonJS,
  __toESM
} from "./chunk-3Y2NLIWH.js";

// node_modules/ipaddr.js/lib/ipaddr.js
var require_ipaddr = __commonJS({
  "node_modules/ipaddr.js/lib/ipaddr.js"(exports, module) {
    (function(root) {
      "use strict";
      const ipv4Part = "(0?\\d+|0x[a-f0-9]+)";
      const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, "i"),
        longValue: new RegExp(`^${ipv4Part}$`, "i")
      };
      const octalRegex = new RegExp(`^0[0-7]+$`, "i");
      const hexRegex = new RegExp(`^0x[a-f0-9]+$`, "i");
      const zoneIndex = "%[0-9a-z]{1,}";
      const ipv6Part = "(?:[0-9a-f]+::?)+";
      const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, "i"),
        "native": new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, "i"),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, "i"),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, "i")
      };
      function expandIPv6(string, parts) {
        if (string.indexOf("::") !== string.lastIndexOf("::")) {
          return null;
        }
        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;
        if (zoneId) {
          zoneId = zoneId.substring(1);
          string = string.replace(/%.+$/, "");
        }
        while ((lastColon = string.indexOf(":", lastColon + 1)) >= 0) {
          colonCount++;
        }
        if (string.substr(0, 2) === "::") {
          colonCount--;
        }
        if (string.substr(-2, 2) === "::") {
          colonCount--;
        }
        if (colonCount >= parts) {
          return null;
        }
        replacementCount = parts - colonCount;
        replacement = ":";
        while (replacementCount--) {
          replacement += "0:";
        }
        string = string.replace("::", replacement);
        if (string[0] === ":") {
          string = string.slice(1);
        }
        if (string[string.length - 1] === ":") {
          string = string.slice(0, -1);
        }
        parts = (function() {
          const ref = string.split(":");
          const results = [];
          for (let i = 0; i < ref.length; i++) {
            results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
          }
          return results;
        })();
        return {
          parts,
          zoneId
        };
      }
      function matchCIDR(first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
          throw new Error("ipaddr: cannot match CIDR for objects with different lengths");
        }
        let part = 0;
        let shift;
        while (cidrBits > 0) {
          shift = partSize - cidrBits;
          if (shift < 0) {
            shift = 0;
          }
          if (first[part] >> shift !== second[part] >> shift) {
            return false;
          }
          cidrBits -= partSize;
          part += 1;
        }
        return true;
      }
      function parseIntAuto(string) {
        if (hexRegex.test(string)) {
          return parseInt(string, 16);
        }
        if (string[0] === "0" && !isNaN(parseInt(string[1], 10))) {
          if (octalRegex.test(string)) {
            return parseInt(string, 8);
          }
          throw new Error(`ipaddr: cannot parse ${string} as octal`);
        }
        return parseInt(string, 10);
      }
      function padPart(part, length) {
        while (part.length < length) {
          part = `0${part}`;
        }
        return part;
      }
      const ipaddr2 = {};
      ipaddr2.IPv4 = (function() {
        function IPv4(octets) {
          if (octets.length !== 4) {
            throw new Error("ipaddr: ipv4 octet count should be 4");
          }
          let i, octet;
          for (i = 0; i < octets.length; i++) {
            octet = octets[i];
            if (!(0 <= octet && octet <= 255)) {
              throw new Error("ipaddr: ipv4 octet should fit in 8 bits");
            }
          }
          this.octets = octets;
        }
        IPv4.prototype.SpecialRanges = {
          unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
          broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
          // RFC3171
          multicast: [[new IPv4([224, 0, 0, 0]), 4]],
          // RFC3927
          linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
          // RFC5735
          loopback: [[new IPv4([127, 0, 0, 0]), 8]],
          // RFC6598
          carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
          // RFC1918
          "private": [
            [new IPv4([10, 0, 0, 0]), 8],
            [new IPv4([172, 16, 0, 0]), 12],
            [new IPv4([192, 168, 0, 0]), 16]
          ],
          // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
          reserved: [
            [new IPv4([192, 0, 0, 0]), 24],
            [new IPv4([192, 0, 2, 0]), 24],
            [new IPv4([192, 88, 99, 0]), 24],
            [new IPv4([198, 18, 0, 0]), 15],
            [new IPv4([198, 51, 100, 0]), 24],
            [new IPv4([203, 0, 113, 0]), 24],
            [new IPv4([240, 0, 0, 0]), 4]
          ],
          // RFC7534, RFC7535
          as112: [
            [new IPv4([192, 175, 48, 0]), 24],
            [new IPv4([192, 31, 196, 0]), 24]
          ],
          // RFC7450
          amt: [
            [new IPv4([192, 52, 193, 0]), 24]
          ]
        };
        IPv4.prototype.kind = function() {
          return "ipv4";
        };
        IPv4.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv4") {
            throw new Error("ipaddr: cannot match ipv4 address with non-ipv4 one");
          }
          return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };
        IPv4.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 8,
            128: 7,
            192: 6,
            224: 5,
            240: 4,
            248: 3,
            252: 2,
            254: 1,
            255: 0
          };
          let i, octet, zeros;
          for (i = 3; i >= 0; i -= 1) {
            octet = this.octets[i];
            if (octet in zerotable) {
              zeros = zerotable[octet];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 8) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 32 - cidr;
        };
        IPv4.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv4.prototype.toByteArray = function() {
          return this.octets.slice(0);
        };
        IPv4.prototype.toIPv4MappedAddress = function() {
          return ipaddr2.IPv6.parse(`::ffff:${this.toString()}`);
        };
        IPv4.prototype.toNormalizedString = function() {
          return this.toString();
        };
        IPv4.prototype.toString = function() {
          return this.octets.join(".");
        };
        return IPv4;
      })();
      ipaddr2.IPv4.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.isIPv4 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr2.IPv4.isValid = function(string) {
        try {
          new this(this.parser(string));
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDR = function(string) {
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidFourPartDecimal = function(string) {
        if (ipaddr2.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
          return true;
        } else {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDRFourPartDecimal = function(string) {
        const match = string.match(/^(.+)\/(\d+)$/);
        if (!ipaddr2.IPv4.isValidCIDR(string) || !match) {
          return false;
        }
        return ipaddr2.IPv4.isValidFourPartDecimal(match[1]);
      };
      ipaddr2.IPv4.networkAddressFromCIDR = function(string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.parse = function(string) {
        const parts = this.parser(string);
        if (parts === null) {
          throw new Error("ipaddr: string is not formatted like an IPv4 Address");
        }
        return new this(parts);
      };
      ipaddr2.IPv4.parseCIDR = function(string) {
        let match;
        if (match = string.match(/^(.+)\/(\d+)$/)) {
          const maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 32) {
            const parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv4 CIDR range");
      };
      ipaddr2.IPv4.parser = function(string) {
        let match, part, value;
        if (match = string.match(ipv4Regexes.fourOctet)) {
          return (function() {
            const ref = match.slice(1, 6);
            const results = [];
            for (let i = 0; i < ref.length; i++) {
              part = ref[i];
              results.push(parseIntAuto(part));
            }
            return results;
          })();
        } else if (match = string.match(ipv4Regexes.longValue)) {
          value = parseIntAuto(match[1]);
          if (value > 4294967295 || value < 0) {
            throw new Error("ipaddr: address outside defined range");
          }
          return (function() {
            const results = [];
            let shift;
            for (shift = 0; shift <= 24; shift += 8) {
              results.push(value >> shift & 255);
            }
            return results;
          })().reverse();
        } else if (match = string.match(ipv4Regexes.twoOctet)) {
          return (function() {
            const ref = match.slice(1, 4);
            const results = [];
            value = parseIntAuto(ref[1]);
            if (value > 16777215 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(value >> 16 & 255);
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else if (match = string.match(ipv4Regexes.threeOctet)) {
          return (function() {
            const ref = match.slice(1, 5);
            const results = [];
            value = parseIntAuto(ref[2]);
            if (value > 65535 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(parseIntAuto(ref[1]));
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else {
          return null;
        }
      };
      ipaddr2.IPv4.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
          throw new Error("ipaddr: invalid IPv4 prefix length");
        }
        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 4) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr2.IPv6 = (function() {
        function IPv6(parts, zoneId) {
          let i, part;
          if (parts.length === 16) {
            this.parts = [];
            for (i = 0; i <= 14; i += 2) {
              this.parts.push(parts[i] << 8 | parts[i + 1]);
            }
          } else if (parts.length === 8) {
            this.parts = parts;
          } else {
            throw new Error("ipaddr: ipv6 part count should be 8 or 16");
          }
          for (i = 0; i < this.parts.length; i++) {
            part = this.parts[i];
            if (!(0 <= part && part <= 65535)) {
              throw new Error("ipaddr: ipv6 part should fit in 16 bits");
            }
          }
          if (zoneId) {
            this.zoneId = zoneId;
          }
        }
        IPv6.prototype.SpecialRanges = {
          // RFC4291, here and after
          unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
          linkLocal: [new IPv6([65152, 0, 0, 0, 0, 0, 0, 0]), 10],
          multicast: [new IPv6([65280, 0, 0, 0, 0, 0, 0, 0]), 8],
          loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
          uniqueLocal: [new IPv6([64512, 0, 0, 0, 0, 0, 0, 0]), 7],
          ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 65535, 0, 0]), 96],
          // RFC3879
          deprecatedSiteLocal: [new IPv6([65216, 0, 0, 0, 0, 0, 0, 0]), 10],
          // RFC6666
          discard: [new IPv6([256, 0, 0, 0, 0, 0, 0, 0]), 64],
          // RFC6145
          rfc6145: [new IPv6([0, 0, 0, 0, 65535, 0, 0, 0]), 96],
          rfc6052: [
            // RFC6052
            [new IPv6([100, 65435, 0, 0, 0, 0, 0, 0]), 96],
            // RFC8215
            [new IPv6([100, 65435, 1, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC3056
          "6to4": [new IPv6([8194, 0, 0, 0, 0, 0, 0, 0]), 16],
          // RFC6052, RFC6146
          teredo: [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 32],
          // RFC5180
          benchmarking: [new IPv6([8193, 2, 0, 0, 0, 0, 0, 0]), 48],
          // RFC7450
          amt: [new IPv6([8193, 3, 0, 0, 0, 0, 0, 0]), 32],
          as112v6: [
            // RFC7535
            [new IPv6([8193, 4, 274, 0, 0, 0, 0, 0]), 48],
            // RFC7534
            [new IPv6([9760, 79, 32768, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC4843
          deprecatedOrchid: [new IPv6([8193, 16, 0, 0, 0, 0, 0, 0]), 28],
          // RFC7343
          orchid2: [new IPv6([8193, 32, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9374
          droneRemoteIdProtocolEntityTags: [new IPv6([8193, 48, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9602
          segmentRouting: [new IPv6([24320, 0, 0, 0, 0, 0, 0, 0]), 16],
          reserved: [
            // RFC3849
            [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 23],
            // RFC2928
            [new IPv6([8193, 3512, 0, 0, 0, 0, 0, 0]), 32],
            // RFC9637
            [new IPv6([16383, 0, 0, 0, 0, 0, 0, 0]), 20]
          ]
        };
        IPv6.prototype.isIPv4MappedAddress = function() {
          return this.range() === "ipv4Mapped";
        };
        IPv6.prototype.kind = function() {
          return "ipv6";
        };
        IPv6.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv6") {
            throw new Error("ipaddr: cannot match ipv6 address with non-ipv6 one");
          }
          return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };
        IPv6.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 16,
            32768: 15,
            49152: 14,
            57344: 13,
            61440: 12,
            63488: 11,
            64512: 10,
            65024: 9,
            65280: 8,
            65408: 7,
            65472: 6,
            65504: 5,
            65520: 4,
            65528: 3,
            65532: 2,
            65534: 1,
            65535: 0
          };
          let part, zeros;
          for (let i = 7; i >= 0; i -= 1) {
            part = this.parts[i];
            if (part in zerotable) {
              zeros = zerotable[part];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 16) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 128 - cidr;
        };
        IPv6.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv6.prototype.toByteArray = function() {
          let part;
          const bytes = [];
          const ref = this.parts;
          for (let i = 0; i < ref.length; i++) {
            part = ref[i];
            bytes.push(part >> 8);
            bytes.push(part & 255);
          }
          return bytes;
        };
        IPv6.prototype.toFixedLengthString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(padPart(this.parts[i].toString(16), 4));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toIPv4Address = function() {
          if (!this.isIPv4MappedAddress()) {
            throw new Error("ipaddr: trying to convert a generic ipv6 address to ipv4");
          }
          const ref = this.parts.slice(-2);
          const high = ref[0];
          const low = ref[1];
          return new ipaddr2.IPv4([high >> 8, high & 255, low >> 8, low & 255]);
        };
        IPv6.prototype.toNormalizedString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(this.parts[i].toString(16));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toRFC5952String = function() {
          const regex = /((^|:)(0(:|$)){2,})/g;
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          const normalized = this.toNormalizedString();
          const string = normalized.slice(0, normalized.length - suffix.length);
          let bestMatchIndex = 0;
          let bestMatchLength = -1;
          let bestMatchGroups = -1;
          let match;
          while (match = regex.exec(string)) {
            const groups = (match[0].match(/0/g) || []).length;
            if (groups > bestMatchGroups) {
              bestMatchGroups = groups;
              bestMatchIndex = match.index;
              bestMatchLength = match[0].length;
            }
          }
          if (bestMatchLength < 0) {
            return string + suffix;
          }
          return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };
        IPv6.prototype.toString = function() {
          return this.toRFC5952String();
        };
        return IPv6;
      })();
      ipaddr2.IPv6.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.isIPv6 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr2.IPv6.isValid = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          const addr = this.parser(string);
          new this(addr.parts, addr.zoneId);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.isValidCIDR = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.networkAddressFromCIDR = function(string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.parse = function(string) {
        const addr = this.parser(string);
        if (addr === null) {
          throw new Error("ipaddr: string is not formatted like an IPv6 Address");
        }
        return new this(addr.parts, addr.zoneId);
      };
      ipaddr2.IPv6.parseCIDR = function(string) {
        let maskLength, match, parsed;
        if (match = string.match(/^(.+)\/(\d+)$/)) {
          maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 128) {
            parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv6 CIDR range");
      };
      ipaddr2.IPv6.parser = function(string) {
        let addr, i, match, octet, octets, zoneId;
        if (match = string.match(ipv6Regexes.deprecatedTransitional)) {
          return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string)) {
          return expandIPv6(string, 8);
        }
        if (match = string.match(ipv6Regexes.transitional)) {
          zoneId = match[6] || "";
          addr = match[1];
          if (!match[1].endsWith("::")) {
            addr = addr.slice(0, -1);
          }
          addr = expandIPv6(addr + zoneId, 6);
          if (addr && addr.parts) {
            octets = [
              parseInt(match[2]),
              parseInt(match[3]),
              parseInt(match[4]),
              parseInt(match[5])
            ];
            for (i = 0; i < octets.length; i++) {
              octet = octets[i];
              if (!(0 <= octet && octet <= 255)) {
                return null;
              }
            }
            addr.parts.push(octets[0] << 8 | octets[1]);
            addr.parts.push(octets[2] << 8 | octets[3]);
            return {
              parts: addr.parts,
              zoneId: addr.zoneId
            };
          }
        }
        return null;
      };
      ipaddr2.IPv6.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
          throw new Error("ipaddr: invalid IPv6 prefix length");
        }
        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 16) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr2.fromByteArray = function(bytes) {
        const length = bytes.length;
        if (length === 4) {
          return new ipaddr2.IPv4(bytes);
        } else if (length === 16) {
          return new ipaddr2.IPv6(bytes);
        } else {
          throw new Error("ipaddr: the binary input is neither an IPv6 nor IPv4 address");
        }
      };
      ipaddr2.isValid = function(string) {
        return ipaddr2.IPv6.isValid(string) || ipaddr2.IPv4.isValid(string);
      };
      ipaddr2.isValidCIDR = function(string) {
        return ipaddr2.IPv6.isValidCIDR(string) || ipaddr2.IPv4.isValidCIDR(string);
      };
      ipaddr2.parse = function(string) {
        if (ipaddr2.IPv6.isValid(string)) {
          return ipaddr2.IPv6.parse(string);
        } else if (ipaddr2.IPv4.isValid(string)) {
          return ipaddr2.IPv4.parse(string);
        } else {
          throw new Error("ipaddr: the address has neither IPv6 nor IPv4 format");
        }
      };
      ipaddr2.parseCIDR = function(string) {
        try {
          return ipaddr2.IPv6.parseCIDR(string);
        } catch {
          try {
            return ipaddr2.IPv4.parseCIDR(string);
          } catch (e) {
            throw new Error("ipaddr: the address has neither IPv6 nor IPv4 CIDR format", { cause: e });
          }
        }
      };
      ipaddr2.process = function(string) {
        const addr = this.parse(string);
        if (addr.kind() === "ipv6" && addr.isIPv4MappedAddress()) {
          return addr.toIPv4Address();
        } else {
          return addr;
        }
      };
      ipaddr2.subnetMatch = function(address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;
        if (defaultName === void 0 || defaultName === null) {
          defaultName = "unicast";
        }
        for (rangeName in rangeList) {
          if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
            rangeSubnets = rangeList[rangeName];
            if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
              rangeSubnets = [rangeSubnets];
            }
            for (i = 0; i < rangeSubnets.length; i++) {
              subnet = rangeSubnets[i];
              if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                return rangeName;
              }
            }
          }
        }
        return defaultName;
      };
      if (typeof module !== "undefined" && module.exports) {
        module.exports = ipaddr2;
      } else {
        root.ipaddr = ipaddr2;
      }
    })(exports);
  }
});

// src/io/link-cache-file.ts
import { mkdir, readFile } from "node:fs/promises";
import { dirname } from "node:path";

// src/links/cache.ts
var CACHE_VERSION = 1;
var HISTORY_LIMIT = 10;
var VERDICTS = /* @__PURE__ */ new Set(["alive", "redirected", "dead", "blocked", "error", "skipped"]);
var MAX_CLOCK_SKEW_MS = 5 * 6e4;
function isCheck(value, now) {
  const v = value;
  if (typeof v !== "object" || v === null || !VERDICTS.has(v.verdict) || v.status !== null && typeof v.status !== "number" || typeof v.checkedAt !== "string") return false;
  const at = Date.parse(v.checkedAt);
  return !Number.isNaN(at) && at <= now + MAX_CLOCK_SKEW_MS;
}
function isCachedLink(value, now) {
  const v = value;
  return isCheck(v, now) && typeof v.reason === "string" && parseReasonCode(v.reason) !== null && Array.isArray(v.history) && v.history.every((check) => isCheck(check, now)) && (v.retryAt === void 0 || typeof v.retryAt === "string" && !Number.isNaN(Date.parse(v.retryAt))) && (v.facts === void 0 || isFacts(v.facts));
}
var FACT_KEYS = /* @__PURE__ */ new Set(["title", "publisher", "author", "published"]);
function isFacts(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.entries(value).every(([k, v]) => FACT_KEYS.has(k) && typeof v === "string");
}
var LinkCache = class _LinkCache {
  constructor(file, links) {
    this.file = file;
    this.links = links;
  }
  file;
  links;
  static empty(file) {
    return new _LinkCache(file, /* @__PURE__ */ new Map());
  }
  /**
   * The cache a face stored as `text` (see serialize); `file` names it in warnings. Corrupt text is an empty
   * cache plus a warning; malformed or future-dated entries are dropped with a warning. No I/O.
   */
  static parse(text2, file, now = Date.now()) {
    const corrupt = (why) => ({ cache: _LinkCache.empty(file), warning: `link cache ${file} is ${why}; ignoring it` });
    let data;
    try {
      data = JSON.parse(text2);
    } catch {
      return corrupt("not valid JSON");
    }
    const parsed = data;
    if (typeof parsed !== "object" || parsed === null || parsed.version !== CACHE_VERSION || typeof parsed.links !== "object" || parsed.links === null) {
      return corrupt(`not a version ${CACHE_VERSION} link cache`);
    }
    const links = /* @__PURE__ */ new Map();
    let dropped = 0;
    for (const [url, entry] of Object.entries(parsed.links)) {
      if (isCachedLink(entry, now)) links.set(url, entry);
      else dropped++;
    }
    const cache = new _LinkCache(file, links);
    return dropped > 0 ? { cache, warning: `link cache ${file}: ignored ${dropped} malformed or future-dated entr${dropped === 1 ? "y" : "ies"}` } : { cache };
  }
  /** The cache as the text a face stores (compact JSON, URLs sorted): what parse reads back. */
  serialize() {
    const data = { version: CACHE_VERSION, links: Object.fromEntries([...this.links].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) };
    return JSON.stringify(data) + "\n";
  }
  /** Puts entries (canonical URL → entry, e.g. from the shards of one scan) in place of this cache's. */
  setEntries(entries) {
    for (const [url, entry] of entries) this.links.set(url, entry);
  }
  get size() {
    return this.links.size;
  }
  /** Every entry, keyed by canonical URL (e.g. to merge the caches of sharded runs). */
  entries() {
    return this.links.entries();
  }
  get(url) {
    return this.links.get(url);
  }
  /**
   * The cached verdict when it may be reused: `alive` and younger than `ttlMs` (and, with
   * `needFacts`, read for its page facts).
   */
  fresh(url, ttlMs, now = Date.now(), options = {}) {
    const entry = this.links.get(url);
    if (!entry || entry.verdict !== "alive") return void 0;
    if (options.needFacts && entry.facts === void 0) return void 0;
    const age = now - Date.parse(entry.checkedAt);
    if (age < 0 || age >= ttlMs) return void 0;
    const verdict = { url, verdict: entry.verdict, status: entry.status, reason: parseReasonCode(entry.reason), ms: 0, checkedAt: entry.checkedAt, fromCache: true };
    if (entry.finalUrl !== void 0) verdict.finalUrl = entry.finalUrl;
    if (entry.facts !== void 0) verdict.facts = entry.facts;
    return verdict;
  }
  /**
   * Hosts that asked (Retry-After beyond the cap) not to be requested before a time still in the
   * future: host name (lowercase) → epoch ms.
   */
  rateLimitedHosts(now = Date.now()) {
    const hosts = /* @__PURE__ */ new Map();
    for (const [url, entry] of this.links) {
      const until = entry.retryAt === void 0 ? NaN : Date.parse(entry.retryAt);
      if (!(until > now)) continue;
      let host;
      try {
        host = new URL(url).hostname.toLowerCase();
      } catch {
        continue;
      }
      hosts.set(host, Math.max(until, hosts.get(host) ?? 0));
    }
    return hosts;
  }
  /**
   * Stores a fresh check. Cached and skipped verdicts are not checks and are ignored, and so is a
   * `rate-limited` verdict given without a request (status null: the host was being left alone).
   */
  record(v) {
    if (v.fromCache || v.verdict === "skipped") return;
    if (v.reason.kind === "rate-limited" && v.status === null) return;
    const check = { verdict: v.verdict, status: v.status, checkedAt: v.checkedAt };
    const history = [...this.links.get(v.url)?.history ?? [], check].slice(-HISTORY_LIMIT);
    const entry = { ...check, reason: reasonCode(v.reason), history };
    if (v.finalUrl !== void 0) entry.finalUrl = v.finalUrl;
    if (v.retryAt !== void 0) entry.retryAt = v.retryAt;
    if (v.facts !== void 0) entry.facts = v.facts;
    this.links.set(v.url, entry);
  }
  /** Drops the entries of URLs not in `keep` (canonical URLs still in some tracker); returns how many. */
  prune(keep) {
    let removed = 0;
    for (const url of this.links.keys()) {
      if (keep.has(url)) continue;
      this.links.delete(url);
      removed++;
    }
    return removed;
  }
  /** How many of the latest checks in a row were `dead` (0 when the last one was not). */
  consecutiveDead(url) {
    const history = this.links.get(url)?.history ?? [];
    let n = 0;
    for (let i = history.length - 1; i >= 0 && history[i].verdict === "dead"; i--) n++;
    return n;
  }
  /** True once a link has been dead in `times` consecutive checks. */
  confirmedDead(url, times) {
    return this.consecutiveDead(url) >= times;
  }
};

// src/io/link-cache-file.ts
async function readLinkCacheFile(file, now = Date.now()) {
  let text2;
  try {
    text2 = await readFile(file, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return { cache: LinkCache.empty(file) };
    return { cache: LinkCache.empty(file), warning: `link cache ${file} could not be read (${code ?? error.message}); starting empty` };
  }
  return LinkCache.parse(text2, file, now);
}
async function writeLinkCacheFile(cache, file) {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, cache.serialize());
  } catch (error) {
    throw new Error(`could not write link cache ${file}: ${error.message}`);
  }
}

// src/links/check.ts
import { setMaxListeners } from "node:events";

// src/links/http-client.ts
var import_agent = __toESM(require_agent(), 1);
var import_dispatcher = __toESM(require_dispatcher(), 1);
var import_api = __toESM(require_api(), 1);
var import_util = __toESM(require_util(), 1);
Object.assign(import_dispatcher.default.prototype, import_api.default);
var Agent = import_agent.default;
var parseHeaders = import_util.default.parseHeaders;

// src/links/guard.ts
var import_ipaddr = __toESM(require_ipaddr(), 1);
import dns from "node:dns";
import net from "node:net";
var PRIVATE_ADDRESS_CODE = "ERR_PRIVATE_ADDRESS";
var PrivateAddressError = class extends Error {
  constructor(host, address) {
    super(`${host} resolves to the private address ${address}`);
    this.host = host;
    this.address = address;
  }
  host;
  address;
  code = PRIVATE_ADDRESS_CODE;
};
function embeddedIPv4(address) {
  const p = address.parts;
  const v4 = (hi, lo) => new import_ipaddr.default.IPv4([hi >> 8, hi & 255, lo >> 8, lo & 255]);
  const zeros = (from, to) => p.slice(from, to).every((x) => x === 0);
  if (zeros(0, 5) && p[5] === 65535) return v4(p[6], p[7]);
  if (zeros(0, 4) && p[4] === 65535 && p[5] === 0) return v4(p[6], p[7]);
  if (zeros(0, 6) && (p[6] !== 0 || p[7] > 1)) return v4(p[6], p[7]);
  if (p[0] === 100 && p[1] === 65435 && zeros(2, 6)) return v4(p[6], p[7]);
  if (p[0] === 8194) return v4(p[1], p[2]);
  return null;
}
function isPrivateAddress(address) {
  let parsed;
  try {
    parsed = import_ipaddr.default.parse(address);
  } catch {
    return true;
  }
  if (parsed.kind() === "ipv6") {
    const inner = embeddedIPv4(parsed);
    if (inner) return inner.range() !== "unicast";
  }
  return parsed.range() !== "unicast";
}
function ipLiteral(hostname) {
  const bare = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  return net.isIP(bare) ? bare : null;
}
function addressChecker(policy) {
  if (policy.allowPrivateHosts) return () => true;
  const exempt = new Set([...policy.allowAddresses ?? []].map(normalizeAddress));
  return (address) => exempt.has(normalizeAddress(address)) || !isPrivateAddress(address);
}
function normalizeAddress(address) {
  try {
    return import_ipaddr.default.process(address).toNormalizedString();
  } catch {
    return address;
  }
}
function notFound(hostname) {
  return Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND", hostname });
}
function familyOf(address) {
  return net.isIPv6(address) ? 6 : 4;
}
async function resolveAll(hostname, resolve) {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  const pinned = resolve.get(name);
  if (pinned) return [{ address: pinned, family: familyOf(pinned) }];
  if (name === "invalid" || name.endsWith(".invalid")) throw notFound(hostname);
  if (name === "localhost" || name.endsWith(".localhost")) {
    return [
      { address: "127.0.0.1", family: 4 },
      { address: "::1", family: 6 }
    ];
  }
  return dns.promises.lookup(hostname, { all: true });
}
function guardedLookup(resolveMap, mayConnect) {
  const resolve = new Map(Object.entries(resolveMap).map(([host, address]) => [host.toLowerCase(), address]));
  return (hostname, options, callback) => {
    resolveAll(hostname, resolve).then(
      (addresses) => {
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
        const allowed = wanted.filter((a) => mayConnect(a.address));
        const first = allowed[0];
        if (!first) {
          const refused = wanted[0] ?? addresses[0];
          if (!refused) return callback(notFound(hostname), "");
          return callback(new PrivateAddressError(hostname, refused.address), "");
        }
        if (options.all) callback(null, allowed);
        else callback(null, first.address, first.family);
      },
      (err) => callback(err, "")
    );
  };
}

// src/links/host-match.ts
function hostMatches(hostname, key) {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  const k = key.toLowerCase().trim();
  if (k.startsWith("*.")) return host.endsWith(k.slice(1));
  return host === k || host.endsWith(`.${k}`);
}
function valuesForHost(byHost2, hostname) {
  return Object.entries(byHost2).filter(([key]) => hostMatches(hostname, key)).sort(([a], [b]) => a.replace(/^\*\./, "").length - b.replace(/^\*\./, "").length).map(([, value]) => value);
}

// src/links/judge.ts
function statusMatcher(list) {
  const ranges = list.map((entry) => {
    const [lo, hi] = String(entry).split("-").map(Number);
    return [lo, hi ?? lo];
  });
  return (status) => ranges.some(([lo, hi]) => status >= lo && status <= hi);
}
function compileAccept(accept) {
  if (Array.isArray(accept)) {
    const global = statusMatcher(accept);
    return (_host, status) => global(status);
  }
  const byHost2 = Object.fromEntries(Object.entries(accept).map(([host, list]) => [host, statusMatcher(list)]));
  return (hostname, status) => valuesForHost(byHost2, hostname).some((matches) => matches(status));
}
var FAILURES = {
  timeout: { verdict: "error", reason: { kind: "timeout" }, retryable: true, methodIndependent: false },
  reset: { verdict: "error", reason: { kind: "connection-reset" }, retryable: true, methodIndependent: false },
  dns: { verdict: "error", reason: { kind: "dns-failure" }, retryable: true, methodIndependent: true },
  refused: { verdict: "error", reason: { kind: "connection-refused" }, retryable: false, methodIndependent: true },
  nxdomain: { verdict: "dead", reason: { kind: "dns-nxdomain" }, retryable: false, methodIndependent: true },
  tls: { verdict: "error", reason: { kind: "tls-error", detail: "" }, retryable: false, methodIndependent: true },
  "private-address": { verdict: "skipped", reason: { kind: "private-address" }, retryable: false, methodIndependent: true },
  "redirect-loop": { verdict: "error", reason: { kind: "redirect-loop" }, retryable: false, methodIndependent: false },
  "too-many-redirects": { verdict: "error", reason: { kind: "too-many-redirects" }, retryable: false, methodIndependent: false },
  "bad-redirect": { verdict: "error", reason: { kind: "bad-redirect" }, retryable: false, methodIndependent: false },
  "unsupported-protocol": { verdict: "error", reason: { kind: "redirect-to-unsupported-protocol" }, retryable: false, methodIndependent: true },
  network: { verdict: "error", reason: { kind: "network-error" }, retryable: false, methodIndependent: false },
  "rate-limited": { verdict: "blocked", reason: { kind: "rate-limited" }, retryable: false, methodIndependent: true }
};
var PERMANENT = /* @__PURE__ */ new Set([301, 308]);
function permanentTarget(hops) {
  let target = null;
  for (const hop of hops) {
    if (!PERMANENT.has(hop.status)) break;
    target = hop.location;
  }
  return target;
}
function statusVerdict(status) {
  const reason = { kind: "http-status", status };
  if (status >= 200 && status < 300) return { verdict: "alive", reason, retryable: false };
  if (status === 404 || status === 410 || status === 451) return { verdict: "dead", reason, retryable: false };
  if (status === 429) return { verdict: "blocked", reason: { kind: "rate-limited" }, retryable: true };
  if ([401, 403, 407, 412, 999].includes(status)) return { verdict: "blocked", reason, retryable: false };
  if (status === 408) return { verdict: "error", reason, retryable: true };
  if (status >= 500) return { verdict: "error", reason, retryable: status !== 501 && status !== 505 };
  return { verdict: "error", reason, retryable: false };
}
function judge(outcome, signatures, accept) {
  const finalUrl = outcome.hops.length > 0 ? outcome.url : void 0;
  if (outcome.kind === "signal") {
    const last = outcome.hops[outcome.hops.length - 1];
    return { verdict: outcome.signal.verdict, reason: outcome.signal.reason, status: last?.status ?? null, finalUrl, retryable: false, retryAfterMs: null, methodIndependent: true };
  }
  if (outcome.kind === "failure") {
    const f = FAILURES[outcome.failure];
    const reason2 = f.verdict === "error" && outcome.failure === "tls" ? { kind: "tls-error", detail: String(outcome.detail) } : outcome.failure === "timeout" && outcome.detail === "deadline" ? { kind: "deadline" } : f.reason;
    return { ...f, reason: reason2, status: null, finalUrl, retryAfterMs: null, ...outcome.retryAt !== void 0 ? { retryAt: outcome.retryAt } : {} };
  }
  const { status } = outcome;
  if (outcome.retryAt !== void 0) {
    return { verdict: "blocked", reason: { kind: "rate-limited" }, status, finalUrl, retryable: false, retryAfterMs: null, methodIndependent: true, retryAt: outcome.retryAt };
  }
  const hostname = new URL(outcome.url).hostname;
  const answered = (verdict, reason2, retryable, to = finalUrl) => ({
    verdict,
    reason: reason2,
    status,
    finalUrl: to,
    retryable,
    retryAfterMs: outcome.retryAfterMs,
    methodIndependent: false
  });
  const page = signatures.judge({ hostname, status, headers: outcome.headers, body: outcome.body });
  if (page && page.verdict !== "alive") return answered(page.verdict, page.reason, false);
  const accepted = accept(hostname, status);
  const byStatus = accepted ? { verdict: "alive", reason: { kind: "accepted-status", status }, retryable: false } : statusVerdict(status);
  if (byStatus.verdict !== "alive" || outcome.hops.length === 0) return answered(byStatus.verdict, byStatus.reason, byStatus.retryable);
  const movedTo = permanentTarget(outcome.hops);
  if (movedTo) return answered("redirected", { kind: "moved", status: outcome.hops[0].status }, false, movedTo);
  const after = outcome.hops[0].status;
  const reason = byStatus.reason;
  return answered(byStatus.verdict, reason.kind === "http-status" || reason.kind === "accepted-status" ? { ...reason, afterRedirect: after } : reason, byStatus.retryable);
}
function toLinkVerdict(url, j, ms, checkedAt) {
  const verdict = { url, verdict: j.verdict, status: j.status, reason: j.reason, ms, checkedAt: checkedAt.toISOString() };
  if (j.finalUrl !== void 0) verdict.finalUrl = j.finalUrl;
  if (j.retryAt !== void 0) verdict.retryAt = new Date(j.retryAt).toISOString();
  return verdict;
}

// src/links/cookies.ts
var jarClass;
var LinkCookies = class {
  jar;
  /** Stores the Set-Cookie headers of a response to `url`; malformed cookies are ignored. */
  async store(url, setCookie) {
    const values = setCookie === void 0 ? [] : Array.isArray(setCookie) ? setCookie : [setCookie];
    if (values.length === 0) return;
    if (!this.jar) {
      jarClass ??= import("./dist-HJLPGU3V.js").then((m) => m.CookieJar);
      const Jar = await jarClass;
      this.jar = new Jar();
    }
    for (const value of values) {
      try {
        this.jar.setCookieSync(value, url.href, { ignoreError: true });
      } catch {
      }
    }
  }
  /** True until a response set a cookie. */
  get isEmpty() {
    return this.jar === void 0;
  }
  /** The Cookie header value for a request to `url` ("" when there is nothing to send). */
  header(url) {
    return this.jar ? this.jar.getCookieStringSync(url.href) : "";
  }
};

// src/links/abort.ts
var AbortHandle = class {
  aborted = false;
  reason = void 0;
  listeners;
  addEventListener(_type, listener) {
    if (this.aborted) return;
    (this.listeners ??= []).push(listener);
  }
  removeEventListener(_type, listener) {
    const at = this.listeners?.indexOf(listener) ?? -1;
    if (at >= 0) this.listeners.splice(at, 1);
  }
  /** Aborts with `reason` (the first call wins) and runs the listeners. */
  abort(reason) {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const listeners = this.listeners;
    this.listeners = void 0;
    for (const listener of listeners ?? []) listener();
  }
};

// src/links/body.ts
import { Readable, pipeline } from "node:stream";
import { TextDecoder } from "node:util";
import zlib from "node:zlib";
var ACCEPT_ENCODING = "gzip, deflate, br";
var PRESCAN_BYTES = 1024;
var ZLIB_OPTIONS = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
var BROTLI_OPTIONS = { flush: zlib.constants.BROTLI_OPERATION_FLUSH, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH };
function contentCodings(header2) {
  if (header2 === void 0) return [];
  const value = Array.isArray(header2) ? header2.join(",") : header2 ?? "";
  return value.split(",").map((c) => c.trim().toLowerCase()).filter((c) => c !== "" && c !== "identity");
}
function canDecode(header2) {
  return contentCodings(header2).every((c) => c === "gzip" || c === "x-gzip" || c === "deflate" || c === "br");
}
function looksZlibWrapped(head) {
  if (!head || head.length < 2) return true;
  return (head[0] & 15) === 8 && (head[0] << 8 | head[1]) % 31 === 0;
}
function decoderFor(coding, head) {
  if (coding === "br") return zlib.createBrotliDecompress(BROTLI_OPTIONS);
  if (coding === "deflate") return looksZlibWrapped(head) ? zlib.createInflate(ZLIB_OPTIONS) : zlib.createInflateRaw(ZLIB_OPTIONS);
  return zlib.createGunzip(ZLIB_OPTIONS);
}
async function* decodedBody(raw, contentEncoding) {
  const codings = contentCodings(contentEncoding);
  if (codings.length === 0) {
    for await (const chunk of raw) yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    return;
  }
  const it = raw[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const source2 = Readable.from(
    (async function* () {
      yield first.value;
      for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
    })(),
    { objectMode: false }
  );
  const stages = [...codings].reverse().map((coding, i) => decoderFor(coding, i === 0 ? first.value : void 0));
  const output = pipeline(source2, ...stages, () => void 0);
  try {
    for await (const chunk of output) yield chunk;
  } finally {
    output.destroy();
    source2.destroy();
  }
}
function charsetParam(contentType) {
  return /;\s*charset\s*=\s*["']?([^"';,\s]+)/i.exec(contentType)?.[1] ?? null;
}
function metaCharset(head) {
  const prefix = head.subarray(0, PRESCAN_BYTES).toString("latin1");
  for (const tag of prefix.matchAll(/<meta\b[^>]*>/gi)) {
    const m = /\bcharset\s*=\s*["']?\s*([-\w.:]+)/i.exec(tag[0]);
    if (m) return m[1];
  }
  return null;
}
function hasUtf8Bom(bytes) {
  return bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
}
function bomEncoding(bytes) {
  if (hasUtf8Bom(bytes)) return "utf-8";
  if (bytes[0] === 254 && bytes[1] === 255) return "utf-16be";
  if (bytes[0] === 255 && bytes[1] === 254) return "utf-16le";
  return null;
}
var decoders = /* @__PURE__ */ new Map();
var DECODER_CACHE_LIMIT = 64;
function textDecoderFor(label) {
  let decoder = decoders.get(label);
  if (decoder === void 0) {
    try {
      decoder = new TextDecoder(label);
    } catch {
      decoder = null;
    }
    if (decoders.size < DECODER_CACHE_LIMIT) decoders.set(label, decoder);
  }
  return decoder;
}
function decoderFrom(label, fromMeta) {
  if (!label) return null;
  const decoder = textDecoderFor(label.trim().toLowerCase());
  if (decoder && fromMeta && decoder.encoding.startsWith("utf-16")) return textDecoderFor("utf-8");
  return decoder;
}
function decodeText(bytes, contentType) {
  const decoder = decoderFrom(bomEncoding(bytes), false) ?? decoderFrom(charsetParam(contentType), false) ?? decoderFrom(metaCharset(bytes), true) ?? textDecoderFor("utf-8");
  if (decoder.encoding === "utf-8") return { text: (hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes).toString("utf8"), encoding: "utf-8" };
  return { text: decoder.decode(bytes), encoding: decoder.encoding };
}
function drop(raw) {
  if (raw.destroyed) return;
  raw.on("error", () => void 0);
  raw.destroy();
}
async function readBodyText(raw, options) {
  if (!canDecode(options.contentEncoding)) {
    drop(raw);
    return null;
  }
  const chunks = [];
  let bytes = 0;
  let complete = true;
  try {
    for await (const chunk of decodedBody(raw, options.contentEncoding)) {
      const room = options.maxBytes - bytes;
      chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
      bytes += Math.min(chunk.length, room);
      if (chunk.length >= room) {
        complete = false;
        break;
      }
    }
  } catch {
    complete = false;
  } finally {
    drop(raw);
  }
  const { text: text2, encoding } = decodeText(Buffer.concat(chunks, bytes), options.contentType ?? "");
  return { text: text2, encoding, bytes, complete };
}

// src/links/http-response.ts
var HIGH_WATER_MARK = 64 * 1024;
var BodyAbortedError = class extends Error {
  code = "UND_ERR_ABORTED";
  constructor() {
    super("Request aborted");
    this.name = "AbortError";
  }
};
var ResponseBody = class {
  /**
   * @param resume undici's resume(): reading the socket again after onData returned false
   * @param abortRequest undici's abort(): drops the request (no-op once it completed)
   * @param contentLength the Content-Length of a GET's answer, else null (dump() gives up bodies announced over its limit)
   * @param onClose called once when the body is read to its end, fails or is given up
   */
  constructor(resume, abortRequest, contentLength, onClose) {
    this.resume = resume;
    this.abortRequest = abortRequest;
    this.contentLength = contentLength;
    this.onClose = onClose;
  }
  resume;
  abortRequest;
  contentLength;
  onClose;
  chunks = [];
  unread = 0;
  /** Every byte of the body has arrived (undici called onComplete). */
  received = false;
  error = null;
  closed = false;
  paused = false;
  wake = null;
  /** Bytes received so far (what dump()'s limit counts). */
  bytesRead = 0;
  get destroyed() {
    return this.closed;
  }
  /** Compatibility with stream helpers that attach an error listener before destroying: errors surface through reads. */
  on(_event, _listener) {
    return this;
  }
  /** undici's onData: false asks it to stop reading the socket until `resume()`. */
  push(chunk) {
    if (this.closed) return true;
    this.chunks.push(chunk);
    this.unread += chunk.length;
    this.bytesRead += chunk.length;
    this.notify();
    if (this.unread < HIGH_WATER_MARK) return true;
    this.paused = true;
    return false;
  }
  /** undici's onComplete. */
  end() {
    this.received = true;
    this.notify();
  }
  /** undici's onError, or the request's signal: the body fails with `error` once its unread bytes are read. */
  fail(error) {
    if (this.closed || this.error !== null) return;
    this.error = error;
    this.chunks = [];
    this.unread = 0;
    this.abortRequest(error);
    this.notify();
  }
  /** Gives the body up: a request still receiving is aborted (undici drops its connection). */
  destroy() {
    if (this.closed) return;
    this.close();
    this.chunks = [];
    this.unread = 0;
    if (!this.received) this.abortRequest(new BodyAbortedError());
    this.notify();
  }
  /** The next bytes: everything that arrived since the last read, as one Buffer; null at the end. Throws the body's error. */
  async read() {
    for (; ; ) {
      if (this.error !== null) {
        this.close();
        throw this.error;
      }
      if (this.unread > 0) {
        const bytes = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.unread);
        this.chunks = [];
        this.unread = 0;
        if (this.paused) {
          this.paused = false;
          this.resume();
        }
        return bytes;
      }
      if (this.received || this.closed) {
        this.close();
        return null;
      }
      await new Promise((resolve) => this.wake = resolve);
    }
  }
  async *[Symbol.asyncIterator]() {
    try {
      for (let bytes = await this.read(); bytes !== null; bytes = await this.read()) yield bytes;
    } finally {
      this.destroy();
    }
  }
  /** The whole body as one Buffer (no copy when it came in one piece); rejects with the body's error. */
  async bytes() {
    if (this.received && this.error === null && !this.closed) {
      const whole = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.unread);
      this.chunks = [];
      this.unread = 0;
      this.close();
      return whole;
    }
    const parts = [];
    for await (const bytes of this) parts.push(bytes);
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }
  /**
   * Reads and discards the body, keeping the connection, unless it is (or is announced to be) over
   * `limit` bytes: then it is given up. Never rejects.
   */
  async dump({ limit }) {
    if (this.contentLength !== null && this.contentLength > limit || this.bytesRead > limit) {
      this.destroy();
      return null;
    }
    try {
      for await (const _ of this) {
        if (this.bytesRead > limit) break;
      }
    } catch {
    }
    return null;
  }
  notify() {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
  close() {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
  }
};
function sendRequest(agent, options) {
  return new Promise((resolve, reject) => {
    const { signal } = options;
    let abortRequest = null;
    let body = null;
    let reason = null;
    let settled = false;
    const onAbort = () => {
      reason = signal.reason;
      if (body) body.fail(reason);
      else abortRequest?.(reason);
    };
    const detach = () => signal?.removeEventListener("abort", onAbort);
    if (signal?.aborted) reason = signal.reason;
    else signal?.addEventListener("abort", onAbort);
    const handler = {
      onConnect(abort) {
        if (reason !== null) abort(reason);
        else abortRequest = abort;
      },
      onHeaders(statusCode, rawHeaders, resume) {
        if (statusCode < 200) return true;
        const headers = parseHeaders(rawHeaders);
        const length = headers["content-length"];
        const contentLength = options.method !== "HEAD" && length ? Number(length) : null;
        body = new ResponseBody(resume, (why) => abortRequest?.(why), Number.isFinite(contentLength) ? contentLength : null, detach);
        settled = true;
        resolve({ statusCode, headers, body });
        return true;
      },
      onData(chunk) {
        return body.push(chunk);
      },
      onComplete() {
        body.end();
      },
      onError(error) {
        if (body) {
          body.fail(error);
          return;
        }
        detach();
        if (!settled) {
          settled = true;
          reject(error);
        }
      }
    };
    try {
      agent.dispatch({ origin: options.origin, path: options.path, method: options.method, headers: options.headers, reset: options.reset ?? null }, handler);
    } catch (error) {
      detach();
      reject(error);
    }
  });
}

// src/links/headers.ts
var BROWSER_HEADERS = {
  "user-agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
  accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
  "accept-language": "zh-CN,zh;q=0.9,en;q=0.8",
  // Every coding listed is decoded by body.ts; many servers compress whatever we ask.
  "accept-encoding": ACCEPT_ENCODING
};
var BUILTIN_HOST_HEADERS = {
  "bilibili.com": { referer: "https://www.bilibili.com" }
};
var CREDENTIAL_HEADERS = /* @__PURE__ */ new Set(["authorization", "cookie", "proxy-authorization"]);
var GITHUB_TOKEN_HOSTS = /* @__PURE__ */ new Set(["github.com", "api.github.com"]);
function requestHeaders(url, ctx) {
  const headers = { ...BROWSER_HEADERS };
  const overrides = [...valuesForHost(BUILTIN_HOST_HEADERS, url.hostname), ...valuesForHost(ctx.configured, url.hostname)];
  for (const override of overrides) {
    for (const [name, value] of Object.entries(override)) headers[name.toLowerCase()] = value;
  }
  if (ctx.githubToken && url.protocol === "https:" && GITHUB_TOKEN_HOSTS.has(url.hostname.toLowerCase())) {
    headers.authorization = `Bearer ${ctx.githubToken}`;
  }
  if (ctx.crossedOrigin) {
    for (const name of CREDENTIAL_HEADERS) delete headers[name];
  }
  return headers;
}

// src/links/retry.ts
function retryAfterDelay(value, now = Date.now()) {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!raw) return null;
  if (/^\d+$/.test(raw)) return Number(raw) * 1e3;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? null : Math.max(at - now, 0);
}
var BACKOFF_BASE_MS = 250;
function backoffDelay(attempt, random = Math.random) {
  return Math.round(BACKOFF_BASE_MS * 2 ** (attempt - 1) * (0.5 + random() / 2));
}
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

// src/links/read-facts.ts
import { TextDecoder as TextDecoder2 } from "node:util";

// src/links/host-quirks.ts
var CHINA_OFFSET_MINUTES = 8 * 60;
var CHINESE_HOSTS = [
  "qq.com",
  "bilibili.com",
  "zhihu.com",
  "csdn.net",
  "jianshu.com",
  "juejin.cn",
  "jiqizhixin.com",
  "36kr.com",
  "sohu.com",
  "163.com",
  "weibo.com",
  "toutiao.com",
  "cnblogs.com",
  "oschina.net",
  "baidu.com",
  "aliyun.com"
];
function hostUtcOffsetMinutes(hostname) {
  return perHost(hostname).offsetMinutes;
}
var byHost = /* @__PURE__ */ new Map();
var BY_HOST_LIMIT = 1e4;
function perHost(hostname) {
  let found = byHost.get(hostname);
  if (!found) {
    const host = hostname.toLowerCase().replace(/\.$/, "");
    const chinese = host.endsWith(".cn") || CHINESE_HOSTS.some((h) => hostMatches(host, h));
    found = { offsetMinutes: chinese ? CHINA_OFFSET_MINUTES : 0, quirks: HOST_FACT_QUIRKS.filter((q) => q.hosts.some((h) => hostMatches(host, h))) };
    if (byHost.size >= BY_HOST_LIMIT) byHost.clear();
    byHost.set(hostname, found);
  }
  return found;
}
var JS_STRING = String.raw`(?:'((?:\\.|[^'\\\n])*)'|"((?:\\.|[^"\\\n])*)")`;
var HOST_FACT_QUIRKS = [
  {
    // WeChat article pages fill the visible title, account and time by script; the raw page keeps
    // them in script variables: msg_title, nickname (the account) and ct (creation, Unix seconds).
    id: "wechat",
    hosts: ["mp.weixin.qq.com"],
    finders: [
      { field: "title", pattern: new RegExp(String.raw`\bvar\s+msg_title\s*=\s*${JS_STRING}`), read: "js-string" },
      { field: "title", pattern: /\bid\s*=\s*["']activity-name["'][^>]*>([\s\S]{0,600}?)<\/h1>/i, read: "text" },
      { field: "publisher", pattern: new RegExp(String.raw`\bvar\s+nickname\s*=\s*(?:htmlDecode\(\s*)?${JS_STRING}`), read: "js-string" },
      { field: "publisher", pattern: /\bid\s*=\s*["']js_name["'][^>]*>([\s\S]{0,300}?)<\/(?:a|span|strong)>/i, read: "text" },
      { field: "published", pattern: /\bvar\s+ct\s*=\s*["']?(\d{9,13})\b/, read: "unix" }
    ],
    needs: ["title", "publisher", "published"]
  },
  {
    // Bilibili video pages: <h1 title="…">, and the page state's owner.name (the uploader) and
    // pubdate (Unix seconds); <meta itemprop="uploadDate"> is read by the generic meta finder.
    id: "bilibili",
    hosts: ["bilibili.com"],
    finders: [
      { field: "title", pattern: /<h1\b[^>]*\btitle\s*=\s*"([^"]{1,500})"/i, read: "text" },
      { field: "publisher", pattern: /"owner"\s*:\s*\{[^{}]{0,400}?"name"\s*:\s*"((?:\\.|[^"\\]){1,200})"/, read: "js-string" },
      { field: "published", pattern: /"pubdate"\s*:\s*(\d{9,13})\b/, read: "unix" }
    ],
    needs: ["title", "publisher", "published"]
  },
  {
    // Zhihu articles: <h1 class="Post-Title">, the author block's <meta itemprop="name">, and
    // datePublished (meta itemprop or JSON-LD, read generically). Scripted clients often get the
    // anti-bot wall instead: then the page is not alive and no facts are read.
    id: "zhihu",
    hosts: ["zhihu.com"],
    finders: [
      { field: "title", pattern: /<h1\b[^>]*\bclass\s*=\s*["'][^"']*\b(?:Post-Title|QuestionHeader-title)\b[^"']*["'][^>]*>([\s\S]{0,600}?)<\/h1>/i, read: "text" },
      {
        field: "author",
        pattern: /\bitemprop\s*=\s*["']author["'][\s\S]{0,800}?<meta\b(?=[^>]*\bitemprop\s*=\s*["']name["'])[^>]*\bcontent\s*=\s*"([^"]{1,200})"/i,
        read: "text"
      }
    ]
  }
];
function quirksFor(hostname) {
  return perHost(hostname).quirks;
}

// src/links/signatures.ts
var SHORT_PAGE_CHARS = 1e3;
var text = (id, pattern) => ({ id, in: "text", pattern });
var title = (id, pattern) => ({ id, in: "title", pattern });
var source = (id, pattern) => ({ id, in: "source", pattern });
var BUILTIN_SIGNATURES = [
  {
    id: "wechat",
    hosts: ["mp.weixin.qq.com"],
    contentMarkers: [/\bid\s*=\s*["']js_(?:article|content)["']/],
    blocked: [
      text("wechat-migrated", /该公众号已迁移|此帐号处于帐号迁移流程中/),
      text("wechat-verify", /当前环境异常，完成验证后即可继续访问|访问过于频繁/)
    ],
    dead: [
      text("wechat-deleted", /该内容已被发布者删除|The content has been deleted by the author/i),
      text("wechat-removed", /此内容因违规无法查看|此内容被投诉且经审核涉嫌侵权|此内容被多人投诉|此内容因涉嫌违反相关法律法规/),
      text("wechat-account-gone", /此帐号已被屏蔽|此帐号已自主注销|此帐号被投诉且经审核涉嫌侵权/)
    ],
    unknownPageIsBlocked: true
  },
  {
    id: "bilibili",
    hosts: ["bilibili.com"],
    blocked: [
      title("bilibili-risk-control", /出错啦!\s*-\s*bilibili\.com/),
      source("bilibili-risk-control", /_riskdata_|v_voucher/),
      source("bilibili-api-blocked", /^\s*\{\s*"code"\s*:\s*(?:-352|-403|62004|62012)\s*[,}]/)
    ],
    dead: [
      title("bilibili-deleted", /视频去哪了呢|啊叻？视频不见了/),
      source("bilibili-deleted", /"trueCode"\s*:\s*-404\b/),
      source("bilibili-api-deleted", /^\s*\{\s*"code"\s*:\s*(?:-404|62002)\s*[,}]/)
    ]
  },
  {
    id: "zhihu",
    hosts: ["zhihu.com"],
    blocked: [source("zhihu-api-blocked", /"code"\s*:\s*(?:40362|40352|40353|10003)\b/)],
    dead: [text("zhihu-not-found", /你似乎来到了没有知识存在的荒原/), text("zhihu-deleted", /该回答已被删除|该文章已被删除/)],
    blockedRedirects: [/^\/account\/unhuman\b/, /^\/signin\b/]
  }
];
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 1114111 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
function pageText(html) {
  const titleMatch = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const visible = html.replace(/<!--[\s\S]*?-->/g, " ").replace(/<(script|style|noscript|template|title|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ").replace(/<[^>]*>/g, " ");
  return {
    title: decodeEntities(titleMatch?.[1] ?? "").replace(/\s+/g, " ").trim(),
    text: decodeEntities(visible).replace(/\s+/g, " ").trim()
  };
}
function header(headers, name) {
  const value = headers[name];
  return (Array.isArray(value) ? value.join(", ") : value ?? "").toLowerCase();
}
function compileUserSignatures(byHost2) {
  return Object.entries(byHost2).map(([host, patterns]) => ({
    id: `config:${host}`,
    hosts: [host],
    blocked: [],
    dead: patterns.map((p) => {
      let pattern;
      try {
        pattern = compileUserRegex(p);
      } catch (e) {
        throw new Error(`links.signatures.${host}: invalid regular expression "${p}" (${e.message})`);
      }
      return { id: "config", in: "text", pattern };
    })
  }));
}
var PageSignatures = class {
  sets;
  /** hostname → its signature sets: asked two or three times per link, answered once per host. */
  byHost = /* @__PURE__ */ new Map();
  constructor(userSets = []) {
    this.sets = [...BUILTIN_SIGNATURES, ...userSets];
  }
  setsFor(hostname) {
    let sets = this.byHost.get(hostname);
    if (!sets) {
      sets = this.sets.filter((set) => set.hosts.some((h) => hostMatches(hostname, h)));
      this.byHost.set(hostname, sets);
    }
    return sets;
  }
  /** True when a host can only be judged from its body (so GET it directly). */
  needsBody(hostname) {
    return this.setsFor(hostname).length > 0;
  }
  /** A wall signalled by a redirect target (e.g. Zhihu's /account/unhuman), or null. */
  blockedRedirect(target) {
    for (const set of this.setsFor(target.hostname)) {
      if (set.blockedRedirects?.some((re) => re.test(target.pathname))) return { verdict: "blocked", reason: { kind: "bot-wall", wall: `${set.id}-redirect` } };
    }
    return null;
  }
  /** What the page itself says, or null when it says nothing beyond its status. */
  judge(page) {
    if (header(page.headers, "cf-mitigated") === "challenge") return { verdict: "blocked", reason: { kind: "bot-wall", wall: "cloudflare-challenge" } };
    if (page.body === void 0) return null;
    const { title: title2, text: text2 } = pageText(page.body);
    if (/^just a moment\.\.\.$/i.test(title2) || /^attention required! \| cloudflare$/i.test(title2)) {
      return { verdict: "blocked", reason: { kind: "bot-wall", wall: "cloudflare-challenge" } };
    }
    const isShort = text2.length <= SHORT_PAGE_CHARS;
    const matches = (sig) => {
      if (sig.in === "title") return sig.pattern.test(title2);
      if (sig.in === "source") return sig.pattern.test(page.body);
      return isShort && sig.pattern.test(text2);
    };
    for (const set of this.setsFor(page.hostname)) {
      if (set.contentMarkers?.some((re) => re.test(page.body))) continue;
      const wall = set.blocked.find(matches);
      if (wall) return { verdict: "blocked", reason: { kind: "bot-wall", wall: wall.id } };
      const gone = set.dead.find(matches);
      if (gone) return { verdict: "dead", reason: { kind: "soft-404", signature: gone.id } };
      if (set.unknownPageIsBlocked && page.status >= 200 && page.status < 300) {
        return { verdict: "blocked", reason: { kind: "unknown-page", site: set.id } };
      }
    }
    return null;
  }
};

// src/links/facts.ts
var CARRY_CHARS = 1024;
var OPEN_ELEMENT_CAP = 64 * 1024;
var FIELDS = ["title", "publisher", "author", "published"];
var P = { jsonLd: 20, meta: 30, metaLow: 40, time: 60, titleTag: 90 };
var META_KEYS = {
  "og:title": ["title", P.meta],
  "twitter:title": ["title", P.meta + 1],
  "article:published_time": ["published", P.meta],
  "og:article:published_time": ["published", P.meta],
  datepublished: ["published", P.meta],
  uploaddate: ["published", P.meta + 1],
  "article:published": ["published", P.meta + 1],
  pubdate: ["published", P.metaLow],
  publishdate: ["published", P.metaLow],
  "publish-date": ["published", P.metaLow],
  "dc.date.issued": ["published", P.metaLow],
  "dc.date": ["published", P.metaLow + 1],
  "parsely-pub-date": ["published", P.metaLow],
  author: ["author", P.meta],
  "article:author": ["author", P.meta + 1],
  "og:site_name": ["publisher", P.metaLow]
};
var ARTICLE_TYPES = /article|posting|report|video|creativework|webpage|blog|news|question|answer/i;
function decodeJsString(body) {
  const unescaped = body.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e) => {
    if (e[0] === "u" || e[0] === "x") return String.fromCharCode(parseInt(e.slice(1), 16));
    return { n: "\n", r: "\r", t: "	" }[e] ?? e;
  });
  return decodeEntities(decodeEntities(unescaped));
}
function cleanText(html) {
  return decodeEntities(html.replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim();
}
function attributes(tag) {
  const attrs = /* @__PURE__ */ new Map();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    const name = m[1].toLowerCase();
    if (!attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? "");
  }
  return attrs;
}
var pad = (n) => String(n).padStart(2, "0");
function dayString(y, m, d) {
  if (y < 1990 || y > 2200 || m < 1 || m > 12 || d < 1) return void 0;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return void 0;
  return `${y}-${pad(m)}-${pad(d)}`;
}
function dayOfInstant(ms, offsetMinutes) {
  if (!Number.isFinite(ms)) return void 0;
  const shifted = new Date(ms + offsetMinutes * 6e4);
  return dayString(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}
function publishDay(value, offsetMinutes) {
  const text2 = String(value).trim();
  if (/^\d{9,13}$/.test(text2)) return dayOfInstant(Number(text2) * (text2.length === 13 ? 1 : 1e3), offsetMinutes);
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(text2);
  if (!m) return void 0;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[7]?.toUpperCase() === "Z") {
    return dayOfInstant(Date.UTC(y, mo - 1, d, Number(m[4]), Number(m[5]), Number(m[6] ?? 0)), offsetMinutes);
  }
  return dayString(y, mo, d);
}
function nameOf(value) {
  if (typeof value === "string") return value.trim() || void 0;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n) => n !== void 0);
    return names.length > 0 ? names.join(", ") : void 0;
  }
  if (value && typeof value === "object") return nameOf(value.name);
  return void 0;
}
var PageFactsReader = class {
  pending = "";
  /** Characters dropped from the front of `pending` so far (absolute offsets for <time> elements). */
  dropped = 0;
  /** Absolute offsets of the <time datetime> elements seen, and the first one's value. */
  times = /* @__PURE__ */ new Set();
  firstTime;
  headClosed = false;
  finished = false;
  found = /* @__PURE__ */ new Map();
  quirks;
  offsetMinutes;
  constructor(hostname) {
    this.quirks = quirksFor(hostname);
    this.offsetMinutes = hostUtcOffsetMinutes(hostname);
  }
  get done() {
    return this.finished;
  }
  /** Feeds the next chunk of decoded text (`last`: nothing follows); true once every fact is known. */
  push(text2, last = false) {
    if (this.finished) return true;
    this.pending += text2;
    this.scan(this.pending);
    if (!this.headClosed && /<\/head\s*>|<body\b/i.test(this.pending)) this.headClosed = true;
    const keepFrom = last ? this.pending.length : this.carryFrom(this.pending);
    this.dropped += keepFrom;
    this.pending = this.pending.slice(keepFrom);
    this.finished = this.complete();
    return this.finished;
  }
  facts() {
    const facts = {};
    const title2 = this.found.get("title");
    if (title2) {
      const site = this.found.get("publisher")?.value;
      const stripped = stripSiteSuffix(title2.value, title2.priority === P.titleTag ? site : void 0);
      if (stripped) facts.title = stripped;
    }
    for (const field of ["publisher", "author", "published"]) {
      const c = this.found.get(field);
      if (c) facts[field] = c.value;
    }
    return facts;
  }
  complete() {
    const has = (f) => this.found.has(f) && !(f === "published" && this.found.get(f).priority === P.time);
    if (this.quirks.some((q) => q.needs?.some((f) => !has(f)))) return false;
    if (FIELDS.every(has)) return true;
    return this.headClosed && has("title") && has("published") && (has("publisher") || has("author"));
  }
  offer(field, raw, priority, read = "text") {
    if (raw === void 0) return;
    const current = this.found.get(field);
    if (current && current.priority <= priority) return;
    let value;
    if (read === "unix" || field === "published") value = publishDay(read === "js-string" ? decodeJsString(raw) : cleanText(raw), this.offsetMinutes);
    else if (read === "js-string") value = decodeJsString(raw).replace(/\s+/g, " ").trim();
    else value = cleanText(raw);
    if (!value || value.length > 500) return;
    if (field === "author" && /^https?:\/\//i.test(value)) return;
    this.found.set(field, { value, priority });
  }
  scan(html) {
    for (const q of this.quirks) {
      q.finders.forEach((finder, i) => {
        const m = finder.pattern.exec(html);
        if (m) this.offer(finder.field, m.slice(1).find((g) => g !== void 0), i, finder.read);
      });
    }
    if (/ld\+json/i.test(html)) {
      for (const m of html.matchAll(/<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi)) {
        this.readJsonLd(m[1]);
      }
    }
    for (const m of /<meta/i.test(html) ? html.matchAll(/<meta\b[^>]*>/gi) : []) {
      const attrs = attributes(m[0]);
      const content = attrs.get("content");
      if (content === void 0) continue;
      for (const keyAttr of ["property", "name", "itemprop"]) {
        const key = attrs.get(keyAttr)?.toLowerCase();
        const target = key === void 0 ? void 0 : META_KEYS[key];
        if (target) this.offer(target[0], content, target[1]);
      }
    }
    if (/<time/i.test(html)) this.readTimes(html);
    const title2 = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html);
    if (title2) this.offer("title", title2[1], P.titleTag);
  }
  /**
   * A lone <time datetime> is the publish date; once a page shows several (a post list, comment
   * dates, a sidebar), none of them says which is the piece's own, so none is used.
   */
  readTimes(html) {
    for (const m of html.matchAll(/<time\b[^>]*\bdatetime\s*=\s*["']([^"']{4,40})["']/gi)) {
      this.times.add(this.dropped + m.index);
      this.firstTime ??= m[1];
    }
    const current = this.found.get("published");
    if (this.times.size === 1) this.offer("published", this.firstTime, P.time);
    else if (current?.priority === P.time) this.found.delete("published");
  }
  readJsonLd(source2) {
    let data;
    try {
      data = JSON.parse(source2.trim());
    } catch {
      return;
    }
    const queue = [data];
    for (let seen = 0; queue.length > 0 && seen < 200; seen++) {
      const node = queue.shift();
      if (Array.isArray(node)) {
        queue.push(...node);
        continue;
      }
      if (!node || typeof node !== "object") continue;
      const obj = node;
      if (Array.isArray(obj["@graph"])) queue.push(...obj["@graph"]);
      const type = String(obj["@type"] ?? "");
      if (!ARTICLE_TYPES.test(type) && obj.datePublished === void 0) continue;
      if (typeof obj.headline === "string") this.offer("title", obj.headline, P.jsonLd);
      else if (typeof obj.name === "string" && obj.datePublished !== void 0) this.offer("title", obj.name, P.jsonLd + 1);
      if (typeof obj.datePublished === "string" || typeof obj.datePublished === "number") this.offer("published", String(obj.datePublished), P.jsonLd);
      else if (typeof obj.uploadDate === "string") this.offer("published", obj.uploadDate, P.jsonLd + 1);
      this.offer("author", nameOf(obj.author), P.jsonLd);
      this.offer("publisher", nameOf(obj.publisher), P.jsonLd);
    }
  }
  /** Where the text to keep for the next chunk starts: an unfinished tag or element, or the carry. */
  carryFrom(text2) {
    let from = Math.max(0, text2.length - CARRY_CHARS);
    const lastLt = text2.lastIndexOf("<");
    if (lastLt >= 0 && text2.indexOf(">", lastLt) < 0) from = Math.min(from, lastLt);
    for (const [open, close] of [
      [/<title\b/gi, /<\/title\s*>/i],
      [/<script\b[^>]*application\/ld\+json/gi, /<\/script\s*>/i],
      [/<h1\b/gi, /<\/h1\s*>/i]
    ]) {
      let lastOpen = -1;
      for (const m of text2.matchAll(open)) lastOpen = m.index;
      if (lastOpen >= 0 && !close.test(text2.slice(lastOpen)) && text2.length - lastOpen <= OPEN_ELEMENT_CAP) from = Math.min(from, lastOpen);
    }
    return from;
  }
};

// src/links/read-facts.ts
var DRAIN_AFTER_FACTS_BYTES = 32 * 1024;
var SMALL_BODY_BYTES = 64 * 1024;
var SNIFF_BYTES = 1024;
var HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b|^$/i;
async function readFacts(body, headers, hostname, limits) {
  const reader = new PageFactsReader(hostname);
  if (!canDecode(headers.contentEncoding)) {
    body.destroy();
    return { facts: {} };
  }
  const plain = contentCodings(headers.contentEncoding).length === 0;
  if (plain && headers.contentLength !== void 0 && headers.contentLength <= Math.min(limits.factsBytes, SMALL_BODY_BYTES)) {
    let bytes;
    try {
      bytes = await body.bytes();
    } catch {
      bytes = Buffer.alloc(0);
    }
    const { text: text2 } = decodeText(bytes, headers.contentType);
    reader.push(text2, true);
    const read2 = { facts: reader.facts() };
    if (limits.keepBytes > 0) read2.body = bytes.length <= limits.keepBytes ? text2 : decodeText(bytes.subarray(0, limits.keepBytes), headers.contentType).text;
    return read2;
  }
  const kept = [];
  let keptBytes = 0;
  let read = 0;
  let settledAt = -1;
  let decoder = null;
  let sniffed = [];
  let sniffedBytes = 0;
  const feed = (bytes, last) => {
    if (!decoder) {
      sniffed.push(bytes);
      sniffedBytes += bytes.length;
      if (sniffedBytes < SNIFF_BYTES && !last) return;
      const head = Buffer.concat(sniffed);
      sniffed = [];
      decoder = new TextDecoder2(decodeText(head.subarray(0, SNIFF_BYTES), headers.contentType).encoding);
      bytes = head;
    }
    reader.push(decoder.decode(bytes, { stream: !last }), last);
  };
  let ended = true;
  try {
    for await (const chunk of decodedBody(body, headers.contentEncoding)) {
      const start = read;
      read += chunk.length;
      if (keptBytes < limits.keepBytes) {
        kept.push(chunk);
        keptBytes += chunk.length;
      }
      if (!reader.done && start < limits.factsBytes) feed(read > limits.factsBytes ? chunk.subarray(0, limits.factsBytes - start) : chunk, false);
      if (keptBytes < limits.keepBytes) continue;
      if (!reader.done && read >= limits.factsBytes) {
        ended = false;
        break;
      }
      if (reader.done) {
        if (settledAt < 0) settledAt = read;
        else if (read - settledAt > DRAIN_AFTER_FACTS_BYTES) {
          ended = false;
          break;
        }
      }
    }
  } catch {
    ended = false;
  } finally {
    body.destroy();
  }
  if (!reader.done) feed(Buffer.alloc(0), true);
  void ended;
  const result = { facts: reader.facts() };
  if (limits.keepBytes > 0) result.body = decodeText(Buffer.concat(kept).subarray(0, limits.keepBytes), headers.contentType).text;
  return result;
}

// src/links/probe.ts
var MAX_REDIRECTS = 10;
var MAX_BODY_BYTES = 256 * 1024;
var DRAIN_LIMIT_BYTES = 32 * 1024;
function asOutcome(hop, url, hops) {
  const outcome = hop;
  outcome.url = url;
  outcome.hops = hops;
  return outcome;
}
var REDIRECT_STATUSES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var TEXT_TYPES = /^(?:text\/|application\/(?:[\w.+-]*\+)?(?:json|xml|xhtml)|$)/i;
var TLS_CODES = /^(?:ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|EPROTO$|HOSTNAME_MISMATCH|ERR_OSSL_)/;
function hostKey(url) {
  return url.hostname.toLowerCase();
}
function errorCode(err) {
  let e = err;
  for (let depth = 0; e && depth < 4; depth++, e = e.cause) {
    if (typeof e.code === "string" && e.code !== "UND_ERR_ABORTED") return e.code;
  }
  return "";
}
function failureKind(err, timedOut) {
  if (timedOut) return "timeout";
  const code = errorCode(err);
  if (code === PRIVATE_ADDRESS_CODE) return "private-address";
  if (code === "ENOTFOUND") return "nxdomain";
  if (code === "EAI_AGAIN" || code === "ESERVFAIL" || code === "ETIMEOUT") return "dns";
  if (/TIMEOUT/.test(code)) return "timeout";
  if (code === "ECONNREFUSED") return "refused";
  if (["ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CLOSED", "ECONNABORTED"].includes(code)) return "reset";
  if (TLS_CODES.test(code)) return "tls";
  return "network";
}
function firstHeader(headers, name) {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}
var DEADLINE_DETAIL = "deadline";
var HttpProber = class {
  constructor(settings) {
    this.settings = settings;
    this.rateLimitedUntil = new Map(settings.rateLimitedHosts ?? []);
  }
  settings;
  /** Hosts that refused HEAD (405/501, or non-2xx HEAD with a 2xx GET): GET them directly. */
  headlessHosts = /* @__PURE__ */ new Set();
  /**
   * Hosts not to be requested before a time (epoch ms): they answered 429/503 with a Retry-After
   * beyond retryAfterCap. Waiting that long would stall the run, so their links are `blocked`.
   */
  rateLimitedUntil;
  headerCache = /* @__PURE__ */ new Map();
  /** The time (epoch ms) before which `host` must not be requested, or null. */
  rateLimited(host) {
    const until = this.rateLimitedUntil.get(host);
    return until !== void 0 && until > Date.now() ? until : null;
  }
  headersFor(url, crossedOrigin) {
    const key = `${url.protocol}//${url.hostname}|${crossedOrigin}`;
    let headers = this.headerCache.get(key);
    if (!headers) {
      headers = requestHeaders(url, { configured: this.settings.headers, githubToken: this.settings.githubToken, crossedOrigin });
      this.headerCache.set(key, headers);
    }
    return headers;
  }
  /**
   * Follows `start` to its final answer. `method` HEAD becomes GET on hosts known to need it.
   * `cookies` is the link check's own jar: cookies set along the chain are sent on later hops. `deadline`
   * (the link's, see check.ts) is armed by the first request and cuts any hop short: that hop fails as a
   * timeout with detail "deadline"; while still queued, the returned promise rejects. `start` may be
   * given already parsed (it is only read, never changed).
   */
  async follow(start, method, cookies = new LinkCookies(), deadline) {
    const hops = [];
    let url = typeof start === "string" ? new URL(start) : start;
    const seen = /* @__PURE__ */ new Map();
    let crossedOrigin = false;
    for (; ; ) {
      seen.set(url.href, cookies.header(url));
      const literal = ipLiteral(url.hostname);
      if (literal !== null && !this.settings.mayConnect(literal)) {
        return { kind: "failure", method, url: url.href, hops, failure: "private-address", detail: literal };
      }
      const hop = await this.request(url, method, crossedOrigin, cookies, deadline);
      if (hop.kind === "failure") return asOutcome(hop, url.href, hops);
      const location = firstHeader(hop.headers, "location");
      if (!REDIRECT_STATUSES.has(hop.status) || location === void 0) return asOutcome(hop, url.href, hops);
      let next;
      try {
        next = new URL(location, url);
      } catch {
        return { kind: "failure", method: hop.method, url: url.href, hops, failure: "bad-redirect", detail: location };
      }
      next.hash = "";
      hops.push({ url: url.href, status: hop.status, location: next.href });
      if (next.protocol !== "http:" && next.protocol !== "https:") {
        return { kind: "failure", method: hop.method, url: next.href, hops, failure: "unsupported-protocol", detail: next.protocol };
      }
      const wall = this.settings.signatures.blockedRedirect(next);
      if (wall) return { kind: "signal", method: hop.method, url: next.href, hops, signal: wall };
      if (seen.get(next.href) === cookies.header(next)) return { kind: "failure", method: hop.method, url: next.href, hops, failure: "redirect-loop", detail: next.href };
      if (hops.length > MAX_REDIRECTS) {
        return { kind: "failure", method: hop.method, url: next.href, hops, failure: "too-many-redirects", detail: `${hops.length} redirects` };
      }
      if (next.origin !== url.origin) crossedOrigin = true;
      method = hop.method;
      url = next;
    }
  }
  request(url, preferred, crossedOrigin, cookies, deadline) {
    const host = hostKey(url);
    const { scheduler, signal } = this.settings;
    const notSent = (until) => ({ kind: "failure", method: preferred, failure: "rate-limited", detail: new Date(until).toISOString(), retryAt: until });
    const before = this.rateLimited(host);
    if (before !== null) return Promise.resolve(notSent(before));
    const waitSignal = deadline ?? signal;
    return scheduler.run(
      host,
      () => {
        const until = this.rateLimited(host);
        if (until !== null) return Promise.resolve(notSent(until));
        deadline?.arm();
        return this.send(url, preferred === "HEAD" && this.headlessHosts.has(host) ? "GET" : preferred, crossedOrigin, cookies, deadline);
      },
      waitSignal
    );
  }
  async send(url, method, crossedOrigin, cookies, deadline) {
    const { agent, signatures, timeoutMs, signal } = this.settings;
    const controller = new AbortHandle();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error("timeout"));
    }, timeoutMs);
    const runSignal = deadline ? void 0 : signal;
    const onAbort = () => controller.abort(signal?.reason);
    runSignal?.addEventListener("abort", onAbort, { once: true });
    const onDeadline = () => {
      timedOut = true;
      controller.abort(deadline?.reason);
    };
    if (deadline?.aborted) onDeadline();
    deadline?.addEventListener("abort", onDeadline, { once: true });
    try {
      let headers = this.headersFor(url, crossedOrigin);
      const jarCookies = cookies.isEmpty ? "" : cookies.header(url);
      if (jarCookies) headers = { ...headers, cookie: headers.cookie ? `${headers.cookie}; ${jarCookies}` : jarCookies };
      const res = await sendRequest(agent, { origin: url.origin, path: url.pathname + url.search, method, headers, signal: controller, reset: false });
      const status = res.statusCode;
      const host = hostKey(url);
      const setCookie = res.headers["set-cookie"];
      if (setCookie !== void 0) await cookies.store(url, setCookie);
      if (method === "HEAD" && (status === 405 || status === 501)) this.headlessHosts.add(host);
      const asked = status === 429 || status === 503 ? retryAfterDelay(res.headers["retry-after"]) : null;
      let retryAfterMs = null;
      let retryAt;
      if (asked !== null && asked > this.settings.retryAfterCapMs) {
        retryAt = Date.now() + asked;
        this.rateLimitedUntil.set(host, Math.max(retryAt, this.rateLimitedUntil.get(host) ?? 0));
      } else if (asked !== null) {
        retryAfterMs = asked;
        this.settings.scheduler.pauseHost(host, Date.now() + retryAfterMs);
      }
      const contentType = firstHeader(res.headers, "content-type") ?? "";
      const isOk = status >= 200 && status < 300;
      const wantBody = method === "GET" && !REDIRECT_STATUSES.has(status) && TEXT_TYPES.test(contentType) && (!isOk || signatures.needsBody(host));
      const factsBytes = this.settings.factsBytes ?? 0;
      let body;
      let facts;
      const contentEncoding = res.headers["content-encoding"];
      if (factsBytes > 0 && method === "GET" && isOk && HTML_TYPES.test(contentType)) {
        const length = Number(firstHeader(res.headers, "content-length") ?? NaN);
        const contentLength = Number.isSafeInteger(length) && length >= 0 ? length : void 0;
        const headers2 = { contentType };
        if (contentEncoding) headers2.contentEncoding = contentEncoding;
        if (contentLength !== void 0) headers2.contentLength = contentLength;
        ({ body, facts } = await readFacts(res.body, headers2, host, { factsBytes, keepBytes: wantBody ? MAX_BODY_BYTES : 0 }));
      } else if (wantBody) {
        body = (await readBodyText(res.body, { maxBytes: MAX_BODY_BYTES, contentType, ...contentEncoding ? { contentEncoding } : {} }))?.text;
      } else await res.body.dump({ limit: DRAIN_LIMIT_BYTES }).catch(() => void 0);
      const response = { kind: "response", method, status, headers: res.headers, body, retryAfterMs };
      if (facts) response.facts = facts;
      if (retryAt !== void 0) response.retryAt = retryAt;
      return response;
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      if (deadline?.aborted) return { kind: "failure", method, failure: "timeout", detail: DEADLINE_DETAIL };
      return { kind: "failure", method, failure: failureKind(err, timedOut), detail: errorCode(err) || err.message };
    } finally {
      clearTimeout(timer);
      runSignal?.removeEventListener("abort", onAbort);
      deadline?.removeEventListener("abort", onDeadline);
    }
  }
};

// src/links/event-loop.ts
async function afterRequestsWritten() {
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
}

// src/links/scheduler.ts
var RequestScheduler = class {
  constructor(limits, stats) {
    this.limits = limits;
    this.stats = stats;
  }
  limits;
  stats;
  hosts = /* @__PURE__ */ new Map();
  active = 0;
  /** Runs `task` once its host and the global cap have room; rejects if `signal` aborts while waiting. */
  async run(host, task, signal) {
    const startedAt = await this.acquire(host, signal);
    const started = Date.now();
    this.stats?.requestStarted(host, startedAt);
    try {
      return await task();
    } finally {
      this.stats?.requestFinished(host, Date.now() - started);
      this.release(host);
    }
  }
  /** No request to `host` starts before `until` (epoch ms); a later pause extends an earlier one. */
  pauseHost(host, until) {
    const state = this.state(host);
    if (until <= state.pausedUntil) return;
    state.pausedUntil = until;
    this.stats?.hostPaused(host, until);
  }
  /** True while fewer requests run than the global cap allows. */
  get hasFreeSlot() {
    return this.active < this.limits.concurrency;
  }
  pausedUntil(host) {
    return this.hosts.get(host)?.pausedUntil ?? 0;
  }
  /** Clears pending timers; waiting tasks are left unresolved (their callers were aborted). */
  dispose() {
    for (const state of this.hosts.values()) clearTimeout(state.timer);
  }
  state(host) {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, lastStart: -Infinity, pausedUntil: 0, queue: [], timer: void 0, timerAt: 0 };
      this.hosts.set(host, state);
    }
    return state;
  }
  /** Resolves with the start time the interval and pause were checked against (epoch ms). */
  acquire(host, signal) {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const state = this.state(host);
      const onAbort = () => {
        const at = state.queue.indexOf(waiter);
        if (at >= 0) state.queue.splice(at, 1);
        reject(signal.reason);
      };
      const waiter = {
        start: (at) => {
          signal?.removeEventListener("abort", onAbort);
          resolve(at);
        }
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      state.queue.push(waiter);
      this.pump();
    });
  }
  release(host) {
    this.active--;
    this.state(host).active--;
    this.pump();
  }
  /**
   * Starts waiting requests while the global cap allows, always from the ready host with the
   * longest queue, so big hosts start early and do not form the tail of the run.
   */
  pump() {
    const now = Date.now();
    while (this.active < this.limits.concurrency) {
      let best;
      for (const state of this.hosts.values()) {
        if (state.queue.length === 0 || state.active >= this.limits.perHost) continue;
        const readyAt = Math.max(state.pausedUntil, state.lastStart + this.limits.intervalMs);
        if (readyAt > now) this.wakeAt(state, readyAt);
        else if (!best || state.queue.length > best.queue.length) best = state;
      }
      if (!best) return;
      best.active++;
      this.active++;
      best.lastStart = now;
      best.queue.shift().start(now);
    }
  }
  wakeAt(state, at) {
    if (state.timer && state.timerAt === at) return;
    clearTimeout(state.timer);
    state.timerAt = at;
    state.timer = setTimeout(() => {
      state.timer = void 0;
      this.pump();
    }, at - Date.now());
  }
};

// src/links/stats.ts
var HostStats = class {
  hosts = /* @__PURE__ */ new Map();
  starts = /* @__PURE__ */ new Map();
  requests = 0;
  /** `at`: epoch ms the scheduler let the request start (its own clock reading, not the server's). */
  requestStarted(host, at = Date.now()) {
    const t = this.timing(host);
    t.active++;
    t.peakActive = Math.max(t.peakActive, t.active);
    let starts = this.starts.get(host);
    if (!starts) this.starts.set(host, starts = []);
    starts.push(at);
  }
  /** Epoch ms at which each request to `host` was started by the scheduler, in start order. */
  startTimes(host) {
    return this.starts.get(host) ?? [];
  }
  requestFinished(host, ms) {
    const t = this.timing(host);
    t.active--;
    t.requests++;
    t.totalMs += ms;
    t.maxMs = Math.max(t.maxMs, ms);
    this.requests++;
  }
  hostPaused(host, until) {
    const t = this.timing(host);
    t.pausedUntil = Math.max(t.pausedUntil, until);
  }
  host(host) {
    const t = this.hosts.get(host);
    return t && snapshot(host, t);
  }
  /** Hosts by mean request time, slowest first. */
  slowestHosts(limit = 3) {
    return [...this.hosts].filter(([, t]) => t.requests > 0).map(([host, t]) => snapshot(host, t)).sort((a, b) => b.meanMs - a.meanMs || b.maxMs - a.maxMs).slice(0, limit);
  }
  /** Hosts paused at `now` (epoch ms), longest pause first. */
  pausedHosts(now = Date.now()) {
    return [...this.hosts].filter(([, t]) => t.pausedUntil > now).map(([host, t]) => snapshot(host, t)).sort((a, b) => b.pausedUntil - a.pausedUntil);
  }
  timing(host) {
    let t = this.hosts.get(host);
    if (!t) {
      t = { requests: 0, active: 0, peakActive: 0, totalMs: 0, maxMs: 0, pausedUntil: 0 };
      this.hosts.set(host, t);
    }
    return t;
  }
};
function snapshot(host, t) {
  return {
    host,
    requests: t.requests,
    active: t.active,
    peakActive: t.peakActive,
    meanMs: t.requests === 0 ? 0 : Math.round(t.totalMs / t.requests),
    maxMs: t.maxMs,
    pausedUntil: t.pausedUntil
  };
}

// src/links/check.ts
var BUDGET_EXHAUSTED = "budget-exhausted";
function compilePatterns(field, sources) {
  return sources.map((source2) => {
    try {
      return compileUserRegex(source2);
    } catch (e) {
      throw new Error(`links.${field}: invalid regular expression "${source2}" (${e.message})`);
    }
  });
}
function skipReason(raw, canonical, filters) {
  let parsed;
  try {
    parsed = new URL(canonical);
  } catch {
    return { reason: "invalid-url" };
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return { reason: "unsupported-protocol" };
  const matches = (re) => re.test(raw) || re.test(canonical);
  if (filters.exclude.some(matches)) return { reason: "excluded" };
  if (filters.include.length > 0 && !filters.include.some(matches)) return { reason: "not-included" };
  return { parsed };
}
function skipped(url, reason) {
  return { url, verdict: "skipped", status: null, reason: { kind: reason }, ms: 0, checkedAt: (/* @__PURE__ */ new Date()).toISOString() };
}
var MAX_DEFAULT_CONCURRENCY = 128;
function defaultConcurrency(perHost2, hosts) {
  return Math.max(1, Math.min(MAX_DEFAULT_CONCURRENCY, perHost2 * hosts));
}
async function checkLinks(urls, config, options = {}) {
  const filters = { include: compilePatterns("include", config.include), exclude: compilePatterns("exclude", config.exclude) };
  const signatures = new PageSignatures(compileUserSignatures(config.signatures));
  const accept = compileAccept(config.accept);
  const firstRaw = /* @__PURE__ */ new Map();
  for (const raw of urls) {
    const canonical = canonicalizeUrl(raw.trim());
    if (!firstRaw.has(canonical)) firstRaw.set(canonical, raw.trim());
  }
  const total = firstRaw.size;
  const results = /* @__PURE__ */ new Map();
  const settle = (v) => {
    if (options.signal?.aborted) return;
    results.set(v.url, v);
    options.cache?.record(v);
    options.onResult?.(v, results.size, total);
  };
  const toCheck = [];
  const parsedToCheck = [];
  for (const [canonical, raw] of firstRaw) {
    const skip = skipReason(raw, canonical, filters);
    if ("reason" in skip) {
      settle(skipped(canonical, skip.reason));
      continue;
    }
    const cached = options.cache?.fresh(canonical, config.cacheTtl, Date.now(), { needFacts: wantsFacts(config, options) });
    if (cached) settle(cached);
    else {
      toCheck.push(canonical);
      parsedToCheck.push(skip.parsed);
    }
  }
  const budgetMs = options.budgetMs ?? config.budget;
  const budget = new AbortController();
  setMaxListeners(0, budget.signal);
  if (options.signal) setMaxListeners(0, options.signal);
  const budgetTimer = budgetMs === void 0 ? void 0 : setTimeout(() => budget.abort(new Error(BUDGET_EXHAUSTED)), budgetMs);
  budgetTimer?.unref?.();
  const hosts = new Set(parsedToCheck.map(hostKey)).size;
  const concurrency = config.concurrency ?? defaultConcurrency(config.perHost, hosts);
  const engine = new HttpEngine(config, concurrency, signatures, accept, options, budget.signal, options.cache?.rateLimitedHosts());
  try {
    const byChecker = /* @__PURE__ */ new Map();
    const forHttp = [];
    for (const [i, url] of toCheck.entries()) {
      const parsed = parsedToCheck[i];
      const checker = options.checkers?.find((c) => c.matches(parsed));
      if (!checker) forHttp.push([url, parsed]);
      else if (byChecker.has(checker)) byChecker.get(checker).push(url);
      else byChecker.set(checker, [url]);
    }
    const viaHttp = (url, parsed) => engine.check(url, parsed).then(settle);
    const viaChecker = async (checker, batch) => {
      let verdicts;
      try {
        verdicts = await Promise.race([checker.checkBatch(batch), budgetExhausted(budget.signal)]);
      } catch {
        verdicts = /* @__PURE__ */ new Map();
      }
      options.signal?.throwIfAborted();
      await Promise.all(
        batch.map((url) => {
          const v = verdicts.get(url);
          return v ? settle({ ...v, url }) : viaHttp(url);
        })
      );
    };
    const firstChecks = [...byChecker].map(([checker, batch]) => viaChecker(checker, batch));
    let next = 0;
    while (next < forHttp.length && engine.hasFreeSlot) {
      const [url, parsed] = forHttp[next++];
      firstChecks.push(viaHttp(url, parsed));
    }
    const first = Promise.all(firstChecks);
    first.catch(() => void 0);
    if (next < forHttp.length) await afterRequestsWritten();
    await Promise.all([first, ...forHttp.slice(next).map(([url, parsed]) => viaHttp(url, parsed))]);
  } finally {
    clearTimeout(budgetTimer);
    engine.close();
  }
  options.signal?.throwIfAborted();
  return new Map([...firstRaw.keys()].map((url) => [url, results.get(url)]));
}
function budgetExhausted(signal) {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}
var LinkDeadline = class extends AbortHandle {
  constructor(ms, budget) {
    super();
    this.ms = ms;
    this.budget = budget;
  }
  ms;
  budget;
  timer;
  arm() {
    if (this.timer !== void 0 || this.aborted) return;
    this.timer = setTimeout(() => this.abort(new Error(DEADLINE_DETAIL)), this.ms);
  }
  get budgetExhausted() {
    return this.budget.aborted;
  }
  dispose() {
    clearTimeout(this.timer);
  }
};
var LinkDeadlines = class {
  constructor(budget, signal) {
    this.budget = budget;
    this.signal = signal;
    budget.addEventListener("abort", () => this.abortAll(budget.reason), { once: true });
    signal?.addEventListener("abort", () => this.abortAll(signal.reason), { once: true });
  }
  budget;
  signal;
  live = /* @__PURE__ */ new Set();
  /** A deadline of `ms` milliseconds once armed; already aborted when the run is over. */
  open(ms) {
    const deadline = new LinkDeadline(ms, this.budget);
    if (this.signal?.aborted) deadline.abort(this.signal.reason);
    else if (this.budget.aborted) deadline.abort(this.budget.reason);
    else this.live.add(deadline);
    return deadline;
  }
  close(deadline) {
    deadline.dispose();
    this.live.delete(deadline);
  }
  abortAll(reason) {
    for (const deadline of this.live) deadline.abort(reason);
    this.live.clear();
  }
};
var HEAD_SUFFICES = /* @__PURE__ */ new Set(["alive", "redirected"]);
function wantsFacts(config, options) {
  return options.facts === true && config.factsBytes > 0;
}
var HttpEngine = class {
  constructor(config, concurrency, signatures, accept, options, budget, rateLimitedHosts) {
    this.config = config;
    this.signatures = signatures;
    this.accept = accept;
    this.options = options;
    this.budget = budget;
    const mayConnect = addressChecker({ allowPrivateHosts: config.allowPrivateHosts, allowAddresses: options.allowAddresses });
    this.agent = new Agent({
      connections: config.perHost,
      connect: { lookup: guardedLookup(config.resolve, mayConnect), timeout: Math.min(config.timeout, 1e4) },
      headersTimeout: config.timeout,
      bodyTimeout: config.timeout
    });
    this.scheduler = new RequestScheduler({ concurrency, perHost: config.perHost, intervalMs: config.interval }, options.stats);
    this.deadlines = new LinkDeadlines(budget, options.signal);
    this.prober = new HttpProber({
      agent: this.agent,
      scheduler: this.scheduler,
      signatures,
      mayConnect,
      headers: config.headers,
      githubToken: options.githubToken,
      timeoutMs: config.timeout,
      retryAfterCapMs: config.retryAfterCap,
      ...rateLimitedHosts ? { rateLimitedHosts } : {},
      factsBytes: wantsFacts(config, options) ? config.factsBytes : 0,
      signal: options.signal
    });
  }
  config;
  signatures;
  accept;
  options;
  budget;
  agent;
  scheduler;
  prober;
  deadlines;
  /** `parsed`: `url` already parsed, when the caller has it. */
  async check(url, parsed) {
    const deadline = this.deadlines.open(this.config.deadline ?? 2 * this.config.timeout);
    try {
      return await this.checkWithin(url, parsed ?? new URL(url), deadline);
    } finally {
      this.deadlines.close(deadline);
    }
  }
  async checkWithin(url, parsed, deadline) {
    const started = Date.now();
    const host = hostKey(parsed);
    let method = this.signatures.needsBody(host) || wantsFacts(this.config, this.options) ? "GET" : "HEAD";
    let headStatus = null;
    let attempt = 0;
    let judgement;
    const cookies = new LinkCookies();
    let outcome;
    for (; ; ) {
      if (deadline.budgetExhausted) return skipped(url, BUDGET_EXHAUSTED);
      try {
        outcome = await this.prober.follow(parsed, method, cookies, deadline);
      } catch (error) {
        if (this.options.signal?.aborted || !deadline.aborted) throw error;
        if (deadline.budgetExhausted) return skipped(url, BUDGET_EXHAUSTED);
        outcome = { kind: "failure", method, url, hops: [], failure: "timeout", detail: DEADLINE_DETAIL };
      }
      if (deadline.budgetExhausted && outcome.kind === "failure" && outcome.detail === DEADLINE_DETAIL) return skipped(url, BUDGET_EXHAUSTED);
      judgement = judge(outcome, this.signatures, this.accept);
      if (deadline.aborted) break;
      if (method === "HEAD" && !HEAD_SUFFICES.has(judgement.verdict) && !judgement.methodIndependent) {
        if (outcome.method === "HEAD" && !judgement.retryable) headStatus = judgement.status;
        method = "GET";
        if (!judgement.retryable) continue;
      }
      if (!judgement.retryable || attempt >= this.config.retries) break;
      attempt++;
      if (judgement.retryAfterMs === null) {
        try {
          await sleep(backoffDelay(attempt), deadline);
        } catch (error) {
          if (this.options.signal?.aborted) throw error;
          if (deadline.budgetExhausted) return skipped(url, BUDGET_EXHAUSTED);
          break;
        }
      }
    }
    if (deadline.aborted && judgement.retryable) judgement = { ...judgement, reason: { kind: "deadline" } };
    if (headStatus !== null && HEAD_SUFFICES.has(judgement.verdict)) this.prober.headlessHosts.add(host);
    const verdict = toLinkVerdict(url, judgement, Date.now() - started, /* @__PURE__ */ new Date());
    if (HEAD_SUFFICES.has(verdict.verdict) && outcome.kind === "response" && outcome.facts) verdict.facts = outcome.facts;
    return verdict;
  }
  /** True while the scheduler would start one more request at once. */
  get hasFreeSlot() {
    return this.scheduler.hasFreeSlot;
  }
  /**
   * Ends the engine once no request is left: clears the scheduler's timers and destroys the keep-alive
   * sockets. Their 'close' events are not waited for (that only delayed the verdicts by a few ms); no
   * socket is left to keep the process alive.
   */
  close() {
    this.scheduler.dispose();
    this.agent.destroy().catch(() => void 0);
  }
};

// src/app/check-links.ts
async function checkTrackerLinks(occurrences, links, options = {}) {
  const warnings = [];
  let cache = options.cache;
  const ownsCache = !cache && Boolean(links.cache);
  if (!cache && links.cache) {
    const loaded = await readLinkCacheFile(links.cache);
    if (loaded.warning) warnings.push(loaded.warning);
    cache = loaded.cache;
  }
  const stats = new HostStats();
  const counts = { alive: 0, redirected: 0, dead: 0, blocked: 0, error: 0, skipped: 0 };
  const urls = occurrences.map((o) => o.url);
  const progress = options.progress;
  let started = false;
  try {
    const verdicts = await checkLinks(urls, links, {
      ...options.githubToken ? { githubToken: options.githubToken } : {},
      ...options.budgetMs !== void 0 ? { budgetMs: options.budgetMs } : {},
      ...options.signal ? { signal: options.signal } : {},
      ...cache ? { cache } : {},
      ...options.checkers ? { checkers: options.checkers } : {},
      ...options.facts ? { facts: true } : {},
      stats,
      onResult(verdict, done, total) {
        if (!progress) return;
        if (!started) {
          progress.start(total);
          started = true;
        }
        counts[verdict.verdict]++;
        progress.update(done, counts, stats.slowestHosts(1)[0]?.host ?? null);
      }
    });
    if (cache && ownsCache && links.cache) await writeLinkCacheFile(cache, links.cache);
    return { verdicts, warnings, stats, ...cache ? { cache } : {} };
  } finally {
    if (started) progress?.stop();
  }
}

export {
  readLinkCacheFile,
  writeLinkCacheFile,
  Agent,
  ipLiteral,
  addressChecker,
  guardedLookup,
  MAX_BODY_BYTES,
  RequestScheduler,
  checkTrackerLinks
};
