// Tests for the BLAKE3 implementation: official test vectors (unkeyed hash, 131-byte XOF),
// incremental-vs-one-shot equivalence, and a cross-check against the b3sum tool.
#include <QByteArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QtTest>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

#include "batscope/base/bytes.h"
#include "batscope/codec/blake3.h"

using batscope::Blake3Hasher;
using batscope::Hash32;

namespace {

// Expected `hash` outputs (131 bytes, hex) from test_vectors/test_vectors.json of the
// BLAKE3-team/BLAKE3 repository. Input: len bytes where byte i = i % 251.
struct OfficialVector {
  int len;
  const char* hashHex;
};
const OfficialVector kOfficialVectors[] = {
      {0,
       "af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262e00f03e7b69af26b7faaf09fcd333050338ddfe085b8cc869ca98b206c08243a"
       "26f5487789e8f660afe6c99ef9e0c52b92e7393024a80459cf91f476f9ffdbda7001c22e159b402631f277ca96f2defdf1078282314e763699a31c5363165421cce14d"},
      {1,
       "2d3adedff11b61f14c886e35afa036736dcd87a74d27b5c1510225d0f592e213c3a6cb8bf623e20cdb535f8d1a5ffb86342d9c0b64aca3bce1d31f60adfa137b"
       "358ad4d79f97b47c3d5e79f179df87a3b9776ef8325f8329886ba42f07fb138bb502f4081cbcec3195c5871e6c23e2cc97d3c69a613eba131e5f1351f3f1da786545e5"},
      {2,
       "7b7015bb92cf0b318037702a6cdd81dee41224f734684c2c122cd6359cb1ee63d8386b22e2ddc05836b7c1bb693d92af006deb5ffbc4c70fb44d0195d0c6f252"
       "faac61659ef86523aa16517f87cb5f1340e723756ab65efb2f91964e14391de2a432263a6faf1d146937b35a33621c12d00be8223a7f1919cec0acd12097ff3ab00ab1"},
      {3,
       "e1be4d7a8ab5560aa4199eea339849ba8e293d55ca0a81006726d184519e647f5b49b82f805a538c68915c1ae8035c900fd1d4b13902920fd05e1450822f36de"
       "9454b7e9996de4900c8e723512883f93f4345f8a58bfe64ee38d3ad71ab027765d25cdd0e448328a8e7a683b9a6af8b0af94fa09010d9186890b096a08471e4230a134"},
      {4,
       "f30f5ab28fe047904037f77b6da4fea1e27241c5d132638d8bedce9d40494f328f603ba4564453e06cdcee6cbe728a4519bbe6f0d41e8a14b5b225174a566dbf"
       "a61b56afb1e452dc08c804f8c3143c9e2cc4a31bb738bf8c1917b55830c6e65797211701dc0b98daa1faeaa6ee9e56ab606ce03a1a881e8f14e87a4acf4646272cfd12"},
      {5,
       "b40b44dfd97e7a84a996a91af8b85188c66c126940ba7aad2e7ae6b385402aa2ebcfdac6c5d32c31209e1f81a454751280db64942ce395104e1e4eaca62607de"
       "1c2ca748251754ea5bbe8c20150e7f47efd57012c63b3c6a6632dc1c7cd15f3e1c999904037d60fac2eb9397f2adbe458d7f264e64f1e73aa927b30988e2aed2f03620"},
      {6,
       "06c4e8ffb6872fad96f9aaca5eee1553eb62aed0ad7198cef42e87f6a616c844611a30c4e4f37fe2fe23c0883cde5cf7059d88b657c7ed2087e3d210925ede71"
       "6435d6d5d82597a1e52b9553919e804f5656278bd739880692c94bff2824d8e0b48cac1d24682699e4883389dc4f2faa2eb3b4db6e39debd5061ff3609916f3e07529a"},
      {7,
       "3f8770f387faad08faa9d8414e9f449ac68e6ff0417f673f602a646a891419fe66036ef6e6d1a8f54baa9fed1fc11c77cfb9cff65bae915045027046ebe0c01b"
       "f5a941f3bb0f73791d3fc0b84370f9f30af0cd5b0fc334dd61f70feb60dad785f070fef1f343ed933b49a5ca0d16a503f599a365a4296739248b28d1a20b0e2cc8975c"},
      {8,
       "2351207d04fc16ade43ccab08600939c7c1fa70a5c0aaca76063d04c3228eaeb725d6d46ceed8f785ab9f2f9b06acfe398c6699c6129da084cb531177445a682"
       "894f9685eaf836999221d17c9a64a3a057000524cd2823986db378b074290a1a9b93a22e135ed2c14c7e20c6d045cd00b903400374126676ea78874d79f2dd7883cf5c"},
      {63,
       "e9bc37a594daad83be9470df7f7b3798297c3d834ce80ba85d6e207627b7db7b1197012b1e7d9af4d7cb7bdd1f3bb49a90a9b5dec3ea2bbc6eaebce77f4e470c"
       "bf4687093b5352f04e4a4570fba233164e6acc36900e35d185886a827f7ea9bdc1e5c3ce88b095a200e62c10c043b3e9bc6cb9b6ac4dfa51794b02ace9f98779040755"},
      {64,
       "4eed7141ea4a5cd4b788606bd23f46e212af9cacebacdc7d1f4c6dc7f2511b98fc9cc56cb831ffe33ea8e7e1d1df09b26efd2767670066aa82d023b1dfe8ab1b"
       "2b7fbb5b97592d46ffe3e05a6a9b592e2949c74160e4674301bc3f97e04903f8c6cf95b863174c33228924cdef7ae47559b10b294acd660666c4538833582b43f82d74"},
      {65,
       "de1e5fa0be70df6d2be8fffd0e99ceaa8eb6e8c93a63f2d8d1c30ecb6b263dee0e16e0a4749d6811dd1d6d1265c29729b1b75a9ac346cf93f0e1d7296dfcfd43"
       "13b3a227faaaaf7757cc95b4e87a49be3b8a270a12020233509b1c3632b3485eef309d0abc4a4a696c9decc6e90454b53b000f456a3f10079072baaf7a981653221f2c"},
      {127,
       "d81293fda863f008c09e92fc382a81f5a0b4a1251cba1634016a0f86a6bd640de3137d477156d1fde56b0cf36f8ef18b44b2d79897bece12227539ac9ae0a511"
       "9da47644d934d26e74dc316145dcb8bb69ac3f2e05c242dd6ee06484fcb0e956dc44355b452c5e2bbb5e2b66e99f5dd443d0cbcaaafd4beebaed24ae2f8bb672bcef78"},
      {128,
       "f17e570564b26578c33bb7f44643f539624b05df1a76c81f30acd548c44b45efa69faba091427f9c5c4caa873aa07828651f19c55bad85c47d1368b11c6fd99e"
       "47ecba5820a0325984d74fe3e4058494ca12e3f1d3293d0010a9722f7dee64f71246f75e9361f44cc8e214a100650db1313ff76a9f93ec6e84edb7add1cb4a95019b0c"},
      {129,
       "683aaae9f3c5ba37eaaf072aed0f9e30bac0865137bae68b1fde4ca2aebdcb12f96ffa7b36dd78ba321be7e842d364a62a42e3746681c8bace18a4a8a7964928"
       "5c7127bf8febf125be9de39586d251f0d41da20980b70d35e3dac0eee59e468a894fa7e6a07129aaad09855f6ad4801512a116ba2b7841e6cfc99ad77594a8f2d181a7"},
      {1023,
       "10108970eeda3eb932baac1428c7a2163b0e924c9a9e25b35bba72b28f70bd11a182d27a591b05592b15607500e1e8dd56bc6c7fc063715b7a1d737df5bad333"
       "9c56778957d870eb9717b57ea3d9fb68d1b55127bba6a906a4a24bbd5acb2d123a37b28f9e9a81bbaae360d58f85e5fc9d75f7c370a0cc09b6522d9c8d822f2f28f485"},
      {1024,
       "42214739f095a406f3fc83deb889744ac00df831c10daa55189b5d121c855af71cf8107265ecdaf8505b95d8fcec83a98a6a96ea5109d2c179c47a387ffbb404"
       "756f6eeae7883b446b70ebb144527c2075ab8ab204c0086bb22b7c93d465efc57f8d917f0b385c6df265e77003b85102967486ed57db5c5ca170ba441427ed9afa684e"},
      {1025,
       "d00278ae47eb27b34faecf67b4fe263f82d5412916c1ffd97c8cb7fb814b8444f4c4a22b4b399155358a994e52bf255de60035742ec71bd08ac275a1b51cc6bf"
       "e332b0ef84b409108cda080e6269ed4b3e2c3f7d722aa4cdc98d16deb554e5627be8f955c98e1d5f9565a9194cad0c4285f93700062d9595adb992ae68ff12800ab67a"},
      {2048,
       "e776b6028c7cd22a4d0ba182a8bf62205d2ef576467e838ed6f2529b85fba24a9a60bf80001410ec9eea6698cd537939fad4749edd484cb541aced55cd9bf547"
       "64d063f23f6f1e32e12958ba5cfeb1bf618ad094266d4fc3c968c2088f677454c288c67ba0dba337b9d91c7e1ba586dc9a5bc2d5e90c14f53a8863ac75655461cea8f9"},
      {2049,
       "5f4d72f40d7a5f82b15ca2b2e44b1de3c2ef86c426c95c1af0b687952256303096de31d71d74103403822a2e0bc1eb193e7aecc9643a76b7bbc0c9f9c52e8783"
       "aae98764ca468962b5c2ec92f0c74eb5448d519713e09413719431c802f948dd5d90425a4ecdadece9eb178d80f26efccae630734dff63340285adec2aed3b51073ad3"},
      {3072,
       "b98cb0ff3623be03326b373de6b9095218513e64f1ee2edd2525c7ad1e5cffd29a3f6b0b978d6608335c09dc94ccf682f9951cdfc501bfe47b9c9189a6fc7b40"
       "4d120258506341a6d802857322fbd20d3e5dae05b95c88793fa83db1cb08e7d8008d1599b6209d78336e24839724c191b2a52a80448306e0daa84a3fdb566661a37e11"},
      {3073,
       "7124b49501012f81cc7f11ca069ec9226cecb8a2c850cfe644e327d22d3e1cd39a27ae3b79d68d89da9bf25bc27139ae65a324918a5f9b7828181e52cf373c84"
       "f35b639b7fccbb985b6f2fa56aea0c18f531203497b8bbd3a07ceb5926f1cab74d14bd66486d9a91eba99059a98bd1cd25876b2af5a76c3e9eed554ed72ea952b603bf"},
      {4096,
       "015094013f57a5277b59d8475c0501042c0b642e531b0a1c8f58d2163229e9690289e9409ddb1b99768eafe1623da896faf7e1114bebeadc1be30829b6f8af70"
       "7d85c298f4f0ff4d9438aef948335612ae921e76d411c3a9111df62d27eaf871959ae0062b5492a0feb98ef3ed4af277f5395172dbe5c311918ea0074ce0036454f620"},
      {4097,
       "9b4052b38f1c5fc8b1f9ff7ac7b27cd242487b3d890d15c96a1c25b8aa0fb99505f91b0b5600a11251652eacfa9497b31cd3c409ce2e45cfe6c0a016967316c4"
       "26bd26f619eab5d70af9a418b845c608840390f361630bd497b1ab44019316357c61dbe091ce72fc16dc340ac3d6e009e050b3adac4b5b2c92e722cffdc46501531956"},
      {5120,
       "9cadc15fed8b5d854562b26a9536d9707cadeda9b143978f319ab34230535833acc61c8fdc114a2010ce8038c853e121e1544985133fccdd0a2d507e8e615e61"
       "1e9a0ba4f47915f49e53d721816a9198e8b30f12d20ec3689989175f1bf7a300eee0d9321fad8da232ece6efb8e9fd81b42ad161f6b9550a069e66b11b40487a5f5059"},
      {5121,
       "628bd2cb2004694adaab7bbd778a25df25c47b9d4155a55f8fbd79f2fe154cff96adaab0613a6146cdaabe498c3a94e529d3fc1da2bd08edf54ed64d40dcd677"
       "7647eac51d8277d70219a9694334a68bc8f0f23e20b0ff70ada6f844542dfa32cd4204ca1846ef76d811cdb296f65e260227f477aa7aa008bac878f72257484f2b6c95"},
      {6144,
       "3e2e5b74e048f3add6d21faab3f83aa44d3b2278afb83b80b3c35164ebeca2054d742022da6fdda444ebc384b04a54c3ac5839b49da7d39f6d8a9db03deab32a"
       "ade156c1c0311e9b3435cde0ddba0dce7b26a376cad121294b689193508dd63151603c6ddb866ad16c2ee41585d1633a2cea093bea714f4c5d6b903522045b20395c83"},
      {6145,
       "f1323a8631446cc50536a9f705ee5cb619424d46887f3c376c695b70e0f0507f18a2cfdd73c6e39dd75ce7c1c6e3ef238fd54465f053b25d21044ccb2093beb0"
       "15015532b108313b5829c3621ce324b8e14229091b7c93f32db2e4e63126a377d2a63a3597997d4f1cba59309cb4af240ba70cebff9a23d5e3ff0cdae2cfd54e070022"},
      {7168,
       "61da957ec2499a95d6b8023e2b0e604ec7f6b50e80a9678b89d2628e99ada77a5707c321c83361793b9af62a40f43b523df1c8633cecb4cd14d00bdc79c78fca"
       "5165b863893f6d38b02ff7236c5a9a8ad2dba87d24c547cab046c29fc5bc1ed142e1de4763613bb162a5a538e6ef05ed05199d751f9eb58d332791b8d73fb74e4fce95"},
      {7169,
       "a003fc7a51754a9b3c7fae0367ab3d782dccf28855a03d435f8cfe74605e781798a8b20534be1ca9eb2ae2df3fae2ea60e48c6fb0b850b1385b5de0fe460dbe9"
       "d9f9b0d8db4435da75c601156df9d047f4ede008732eb17adc05d96180f8a73548522840779e6062d643b79478a6e8dbce68927f36ebf676ffa7d72d5f68f050b119c8"},
      {8192,
       "aae792484c8efe4f19e2ca7d371d8c467ffb10748d8a5a1ae579948f718a2a635fe51a27db045a567c1ad51be5aa34c01c6651c4d9b5b5ac5d0fd58cf18dd61a"
       "47778566b797a8c67df7b1d60b97b19288d2d877bb2df417ace009dcb0241ca1257d62712b6a4043b4ff33f690d849da91ea3bf711ed583cb7b7a7da2839ba71309bbf"},
      {8193,
       "bab6c09cb8ce8cf459261398d2e7aef35700bf488116ceb94a36d0f5f1b7bc3bb2282aa69be089359ea1154b9a9286c4a56af4de975a9aa4a5c497654914d279"
       "bea60bb6d2cf7225a2fa0ff5ef56bbe4b149f3ed15860f78b4e2ad04e158e375c1e0c0b551cd7dfc82f1b155c11b6b3ed51ec9edb30d133653bb5709d1dbd55f4e1ff6"},
      {16384,
       "f875d6646de28985646f34ee13be9a576fd515f76b5b0a26bb324735041ddde49d764c270176e53e97bdffa58d549073f2c660be0e81293767ed4e4929f9ad34"
       "bbb39a529334c57c4a381ffd2a6d4bfdbf1482651b172aa883cc13408fa67758a3e47503f93f87720a3177325f7823251b85275f64636a8f1d599c2e49722f42e93893"},
      {31744,
       "62b6960e1a44bcc1eb1a611a8d6235b6b4b78f32e7abc4fb4c6cdcce94895c47860cc51f2b0c28a7b77304bd55fe73af663c02d3f52ea053ba43431ca5bab7bf"
       "ea2f5e9d7121770d88f70ae9649ea713087d1914f7f312147e247f87eb2d4ffef0ac978bf7b6579d57d533355aa20b8b77b13fd09748728a5cc327a8ec470f4013226f"},
      {102400,
       "bc3e3d41a1146b069abffad3c0d44860cf664390afce4d9661f7902e7943e085e01c59dab908c04c3342b816941a26d69c2605ebee5ec5291cc55e15b76146e6"
       "745f0601156c3596cb75065a9c57f35585a52e1ac70f69131c23d611ce11ee4ab1ec2c009012d236648e77be9295dd0426f29b764d65de58eb7d01dd42248204f45f8e"},
};

std::vector<uint8_t> officialInput(size_t len) {
  std::vector<uint8_t> v(len);
  for (size_t i = 0; i < len; ++i) v[i] = uint8_t(i % 251);
  return v;
}

// Deterministic pseudo-random bytes / numbers (splitmix64).
struct SplitMix64 {
  uint64_t state;
  explicit SplitMix64(uint64_t seed) : state(seed) {}
  uint64_t next() {
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  uint64_t below(uint64_t n) { return next() % n; }
};

std::vector<uint8_t> randomBytes(size_t len, uint64_t seed) {
  SplitMix64 rng(seed);
  std::vector<uint8_t> v(len);
  for (size_t i = 0; i < len; ++i) v[i] = uint8_t(rng.next() >> 56);
  return v;
}

QString hex(const Hash32& h) { return QString::fromStdString(batscope::hexEncode(h.data(), h.size())); }
QString hex(const std::vector<uint8_t>& v) {
  return QString::fromStdString(batscope::hexEncode(v.data(), v.size()));
}

std::vector<uint8_t> xof(const Blake3Hasher& h, size_t n) {
  std::vector<uint8_t> out(n);
  h.finalizeXof(out.data(), out.size());
  return out;
}

// "splitN" / "bytewise" patterns feed fixed-size pieces; 0 for the other patterns.
size_t fixedStep(const QString& pattern) {
  if (pattern == "bytewise") return 1;
  if (pattern.startsWith("split")) return size_t(pattern.mid(5).toULongLong());
  return 0;
}

// Split pattern for incremental hashing: the sizes of successive update() calls.
std::vector<size_t> splitSizes(const QString& pattern, size_t len) {
  std::vector<size_t> sizes;
  if (const size_t step = fixedStep(pattern)) {
    for (size_t done = 0; done < len; done += step) sizes.push_back(std::min(step, len - done));
  } else if (pattern.startsWith("random")) {
    SplitMix64 rng(pattern.mid(6).toULongLong() + 1);
    size_t done = 0;
    while (done < len) {
      // Mostly small pieces, sometimes empty ones, sometimes several chunks at once.
      const uint64_t kind = rng.below(8);
      size_t step = kind == 0 ? 0 : kind < 5 ? rng.below(130) : kind < 7 ? rng.below(2100) : rng.below(9000);
      step = std::min(step, len - done);
      if (done == 0 && step == len && len > 1) step = len / 2;  // always really split
      sizes.push_back(step);
      done += step;
    }
  } else if (pattern == "empty-interleaved") {
    for (size_t done = 0; done < len; done += 37) {
      sizes.push_back(0);
      sizes.push_back(std::min<size_t>(37, len - done));
    }
    sizes.push_back(0);
  } else if (pattern == "halves") {
    sizes.push_back(len / 2);
    sizes.push_back(len - len / 2);
  }
  return sizes;
}

QString findB3sum() {
  QString path = QStandardPaths::findExecutable(QStringLiteral("b3sum"));
  if (path.isEmpty() && QFile::exists(QStringLiteral("/usr/bin/b3sum")))
    path = QStringLiteral("/usr/bin/b3sum");
  return path;
}

// Runs b3sum on the bytes (through a temporary file); returns its hex output or an error text
// prefixed with "ERROR:".
QString b3sumHex(const std::vector<uint8_t>& data, int outLen) {
  const QString b3sum = findB3sum();
  if (b3sum.isEmpty()) return QStringLiteral("ERROR: b3sum not found");
  QTemporaryFile file;
  if (!file.open()) return QStringLiteral("ERROR: cannot create temporary file");
  if (!data.empty() &&
      file.write(reinterpret_cast<const char*>(data.data()), qint64(data.size())) != qint64(data.size()))
    return QStringLiteral("ERROR: short write to temporary file");
  file.flush();
  QProcess proc;
  proc.start(b3sum, {QStringLiteral("--no-names"), QStringLiteral("--length"), QString::number(outLen),
                     file.fileName()});
  if (!proc.waitForFinished(60000) || proc.exitStatus() != QProcess::NormalExit || proc.exitCode() != 0)
    return QStringLiteral("ERROR: b3sum failed: ") + QString::fromLocal8Bit(proc.readAllStandardError());
  return QString::fromLatin1(proc.readAllStandardOutput()).trimmed();
}

}  // namespace

class Blake3Test : public QObject {
  Q_OBJECT

 private slots:
  void officialVectors_data() {
    QTest::addColumn<int>("len");
    QTest::addColumn<QString>("expected");
    for (const OfficialVector& v : kOfficialVectors)
      QTest::newRow(qPrintable(QStringLiteral("len=%1").arg(v.len))) << v.len << QString::fromLatin1(v.hashHex);
  }
  void officialVectors() {
    QFETCH(int, len);
    QFETCH(QString, expected);
    QCOMPARE(expected.size(), 262);
    const std::vector<uint8_t> input = officialInput(size_t(len));
    // 32-byte digest = the first 32 bytes of the extended output.
    QCOMPARE(hex(batscope::blake3(input.data(), input.size())), expected.left(64));
    Blake3Hasher h;
    h.update(input.data(), input.size());
    QCOMPARE(hex(h.finalize()), expected.left(64));
    QCOMPARE(hex(xof(h, 131)), expected);
  }

  void knownDigests_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray()
                           << "af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262";
    // Fixture fact: a batpak msgpack payload {"i": 0, "text": "message 0"}.
    QTest::newRow("fixture-payload")
        << QByteArray::fromHex("82a16900a474657874a96d6573736167652030")
        << "3bde39fb6ba2290506599b98bc2144e99ce6d00b0db177cf25c205dcc5ca3212";
  }
  void knownDigests() {
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QCOMPARE(hex(batscope::blake3(input.constData(), size_t(input.size()))), expected);
  }

  void emptyStringLiteral() {
    // blake3("") through a real (non-null) pointer with length 0, and through nullptr.
    QCOMPARE(hex(batscope::blake3("", 0)),
             QStringLiteral("af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262"));
    Blake3Hasher h;
    h.update(nullptr, 0);
    QCOMPARE(hex(h.finalize()),
             QStringLiteral("af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262"));
  }

  void incrementalMatchesOneShot_data() {
    QTest::addColumn<int>("len");
    QTest::addColumn<QString>("pattern");
    const int lens[] = {0, 1, 63, 64, 65, 1023, 1024, 1025, 2048, 2049, 3072, 3073, 8192, 8193, 31744, 102400};
    const char* patterns[] = {"bytewise", "split63",  "split64",  "split65", "split1023",
                              "split1024", "split1025", "split4097", "halves", "empty-interleaved",
                              "random1",  "random2",  "random3"};
    for (int len : lens)
      for (const char* p : patterns) {
        const size_t step = fixedStep(QLatin1String(p));
        if (step != 0 && step >= size_t(len)) continue;  // would not split this input
        QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(len).arg(QLatin1String(p)))) << len << QString::fromLatin1(p);
      }
  }
  void incrementalMatchesOneShot() {
    QFETCH(int, len);
    QFETCH(QString, pattern);
    const std::vector<uint8_t> input = randomBytes(size_t(len), uint64_t(len) * 7919 + 17);
    const std::vector<size_t> sizes = splitSizes(pattern, input.size());
    size_t total = 0;
    for (size_t s : sizes) total += s;
    QCOMPARE(total, input.size());
    const auto nonEmpty = std::count_if(sizes.begin(), sizes.end(), [](size_t s) { return s > 0; });
    if (len > 1) QVERIFY2(nonEmpty >= 2, "split pattern must actually split the input");

    Blake3Hasher oneShot;
    oneShot.update(input.data(), input.size());
    Blake3Hasher inc;
    size_t off = 0;
    for (size_t s : sizes) {
      inc.update(input.data() + off, s);
      off += s;
    }
    QCOMPARE(hex(inc.finalize()), hex(oneShot.finalize()));
    QCOMPARE(hex(xof(inc, 200)), hex(xof(oneShot, 200)));
  }

  void incrementalOfficialVectors() {
    // The official vectors again, fed through odd split patterns (independent of one-shot).
    for (const OfficialVector& v : kOfficialVectors) {
      const std::vector<uint8_t> input = officialInput(size_t(v.len));
      for (const char* p : {"bytewise", "split1023", "split1025", "random7"}) {
        Blake3Hasher h;
        size_t off = 0;
        for (size_t s : splitSizes(QString::fromLatin1(p), input.size())) {
          h.update(input.data() + off, s);
          off += s;
        }
        const QString got = hex(xof(h, 131));
        QVERIFY2(got == QString::fromLatin1(v.hashHex),
                 qPrintable(QStringLiteral("len=%1 pattern=%2: got %3").arg(v.len).arg(QLatin1String(p), got)));
      }
    }
  }

  void finalizeKeepsHasherUsable() {
    const std::vector<uint8_t> input = randomBytes(5000, 42);
    Blake3Hasher h;
    h.update(input.data(), 2500);
    const Hash32 mid = h.finalize();
    QCOMPARE(hex(h.finalize()), hex(mid));  // finalize is repeatable
    QCOMPARE(hex(mid), hex(batscope::blake3(input.data(), 2500)));
    h.update(input.data() + 2500, 2500);
    QCOMPARE(hex(h.finalize()), hex(batscope::blake3(input.data(), input.size())));
    QVERIFY(h.finalize() != mid);

    h.reset();
    QCOMPARE(hex(h.finalize()),
             QStringLiteral("af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262"));
    h.update(input.data(), 1500);
    QCOMPARE(hex(h.finalize()), hex(batscope::blake3(input.data(), 1500)));
  }

  void xofPrefixes_data() {
    QTest::addColumn<int>("len");
    for (int len : {0, 1, 64, 1024, 1025, 5000})
      QTest::newRow(qPrintable(QStringLiteral("len=%1").arg(len))) << len;
  }
  void xofPrefixes() {
    QFETCH(int, len);
    const std::vector<uint8_t> input = randomBytes(size_t(len), 99);
    Blake3Hasher h;
    h.update(input.data(), input.size());
    const std::vector<uint8_t> full = xof(h, 1000);
    const Hash32 digest = h.finalize();
    QVERIFY(std::memcmp(full.data(), digest.data(), 32) == 0);
    for (size_t n : {size_t(1), size_t(31), size_t(32), size_t(33), size_t(63), size_t(64), size_t(65),
                     size_t(127), size_t(128), size_t(129), size_t(999)}) {
      const std::vector<uint8_t> part = xof(h, n);
      QVERIFY2(std::memcmp(part.data(), full.data(), n) == 0, qPrintable(QStringLiteral("prefix %1").arg(n)));
    }
    // Output blocks differ from each other (the counter really advances).
    QVERIFY(std::memcmp(full.data(), full.data() + 64, 64) != 0);
    // outLen 0 writes nothing.
    uint8_t sentinel = 0xAB;
    h.finalizeXof(&sentinel, 0);
    QCOMPARE(int(sentinel), 0xAB);
  }

  void toHex() {
    const uint8_t bytes[] = {0x00, 0x01, 0x7f, 0x80, 0xab, 0xff};
    QCOMPARE(QString::fromStdString(batscope::hexEncode(bytes, sizeof bytes)), QStringLiteral("00017f80abff"));
    QCOMPARE(QString::fromStdString(batscope::hexEncode(bytes, 0)), QString());
  }

  void matchesB3sum_data() {
    QTest::addColumn<int>("len");
    QTest::addColumn<int>("seed");
    SplitMix64 rng(2024);
    for (int i = 0; i < 20; ++i) {
      // Spread over magnitudes: small payloads up to 300 KiB.
      const uint64_t maxLen = i < 5 ? 2048 : i < 10 ? 20000 : 300 * 1024;
      const int len = int(rng.below(maxLen + 1));
      QTest::newRow(qPrintable(QStringLiteral("random-%1-len=%2").arg(i).arg(len))) << len << i;
    }
    QTest::newRow("len=300KiB") << 300 * 1024 << 100;
    QTest::newRow("len=65536") << 65536 << 101;
    QTest::newRow("len=0") << 0 << 102;
  }
  void matchesB3sum() {
    QFETCH(int, len);
    QFETCH(int, seed);
    QVERIFY2(!findB3sum().isEmpty(),
             "b3sum not found: install the Debian package b3sum (expected at /usr/bin/b3sum); "
             "this cross-check is required");
    const std::vector<uint8_t> input = randomBytes(size_t(len), uint64_t(seed) + 1000);
    const QString expected = b3sumHex(input, 32);
    QVERIFY2(!expected.startsWith(QLatin1String("ERROR")), qPrintable(expected));
    QCOMPARE(expected.size(), 64);
    QCOMPARE(hex(batscope::blake3(input.data(), input.size())), expected);
  }

  void xofMatchesB3sum() {
    QVERIFY2(!findB3sum().isEmpty(),
             "b3sum not found: install the Debian package b3sum (expected at /usr/bin/b3sum); "
             "this cross-check is required");
    for (size_t len : {size_t(0), size_t(1000), size_t(70000)}) {
      const std::vector<uint8_t> input = randomBytes(len, len + 5);
      const QString expected = b3sumHex(input, 1000);
      QVERIFY2(!expected.startsWith(QLatin1String("ERROR")), qPrintable(expected));
      QCOMPARE(expected.size(), 2000);
      Blake3Hasher h;
      h.update(input.data(), input.size());
      QCOMPARE(hex(xof(h, 1000)), expected);
    }
  }
};

QTEST_GUILESS_MAIN(Blake3Test)
#include "blake3_test.moc"
