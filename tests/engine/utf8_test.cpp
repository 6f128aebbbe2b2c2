// isValidUtf8 (engine/base/utf8.h) accepts exactly what Rust's String accepts: no overlong
// forms, no surrogates, nothing above U+10FFFF, no truncated sequences.
#include <QtTest>

#include "batscope/base/utf8.h"

using namespace batscope;

class Utf8Test : public QObject {
  Q_OBJECT

 private slots:
  void valid_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("ascii") << QByteArray("order:17");
    QTest::newRow("two bytes") << QByteArray("\xc3\xa9");
    QTest::newRow("three bytes") << QByteArray("\xe2\x82\xac");
    QTest::newRow("four bytes") << QByteArray("\xf0\x9f\x98\x80");
    QTest::newRow("U+10FFFF") << QByteArray("\xf4\x8f\xbf\xbf");
    QTest::newRow("U+D7FF") << QByteArray("\xed\x9f\xbf");
    QTest::newRow("NUL inside") << QByteArray("a\0b", 3);
  }
  void valid() {
    QFETCH(QByteArray, bytes);
    QVERIFY(isValidUtf8(std::string_view(bytes.constData(), size_t(bytes.size()))));
  }

  void invalid_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("lone continuation") << QByteArray("\x80");
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf");
    QTest::newRow("overlong three") << QByteArray("\xe0\x80\xaf");
    QTest::newRow("overlong four") << QByteArray("\xf0\x80\x80\xaf");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80");
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80");
    QTest::newRow("truncated") << QByteArray("\xe2\x82");
    QTest::newRow("bad continuation") << QByteArray("\xe2\x28\xa1");
    QTest::newRow("0xff") << QByteArray("\xff");
  }
  void invalid() {
    QFETCH(QByteArray, bytes);
    QVERIFY(!isValidUtf8(std::string_view(bytes.constData(), size_t(bytes.size()))));
  }
};

QTEST_GUILESS_MAIN(Utf8Test)
#include "utf8_test.moc"
