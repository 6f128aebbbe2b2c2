// A file Batscope may not read (batpak writes index.fbati and index.ckpt with mode 0600, so
// another user meets this) gets a message that names the file, its mode and owner and who
// Batscope runs as — not a bare "Permission denied". Running as root, the check runs in a
// child process that drops to the nobody user; otherwise on a file made unreadable.
#include <QtTest>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>

#include "batscope/base/file_system.h"

using namespace batscope;

namespace {

// What FileSystem::posix() says when mapping (or listing) `path` fails for this process, or
// for the nobody user when this process is root. "" when it did not fail.
std::string failureSeenAsAnotherUser(const std::string& path, bool list) {
  auto attempt = [&]() -> std::string {
    if (list) {
      auto r = FileSystem::posix().listDirectory(path);
      return r ? std::string() : r.error().toString();
    }
    auto r = FileSystem::posix().mapFile(path);
    return r ? std::string() : r.error().toString();
  };
  if (::geteuid() != 0) return attempt();
  int fds[2];
  if (::pipe(fds) != 0) return "pipe failed";
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::close(fds[0]);
    if (::setgid(65534) != 0 || ::setuid(65534) != 0) ::_exit(3);
    const std::string message = attempt();
    if (::write(fds[1], message.data(), message.size()) < 0) ::_exit(4);
    ::_exit(0);
  }
  ::close(fds[1]);
  std::string message;
  char buf[512];
  ssize_t n;
  while ((n = ::read(fds[0], buf, sizeof buf)) > 0) message.append(buf, size_t(n));
  ::close(fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return "child failed";
  return message;
}

}  // namespace

class PermissionTest : public QObject {
  Q_OBJECT
 private slots:
  void textNamesModeOwnerAndUser() {
    const std::string t = permissionDeniedText("cannot open", 0100600, 0, 65534);
    QVERIFY2(t.find("permission denied: mode 0600, owned by uid 0") != std::string::npos, t.c_str());
    QVERIFY2(t.find("Batscope runs as uid 65534") != std::string::npos, t.c_str());
    QVERIFY2(t.find("readable by their owner only") != std::string::npos, t.c_str());
    // A file others may read but this user still cannot (a group rule, say): no owner-only hint.
    const std::string g = permissionDeniedText("cannot open", 0100604, 0, 65534);
    QVERIFY2(g.find("owner only") == std::string::npos, g.c_str());
  }

  void unreadableIndexFileIsExplained() {
    QTemporaryDir tmp;
    ::chmod(tmp.path().toLocal8Bit().constData(), 0755);  // the other user may look inside
    const QString path = tmp.filePath(QStringLiteral("index.fbati"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("FBATI");
    f.close();
    const mode_t mode = ::geteuid() == 0 ? 0600 : 0000;  // batpak's mode; or none for ourselves
    QCOMPARE(::chmod(path.toLocal8Bit().constData(), mode), 0);
    const std::string message = failureSeenAsAnotherUser(path.toStdString(), false);
    QVERIFY2(message.find(path.toStdString()) != std::string::npos, message.c_str());
    QVERIFY2(message.find(mode == 0600 ? "permission denied: mode 0600" : "permission denied: mode 0000") !=
                 std::string::npos,
             message.c_str());
    qInfo("%s", message.c_str());
    QVERIFY2(message.find("owned by uid " + std::to_string(::geteuid())) != std::string::npos, message.c_str());
    QVERIFY2(message.find("readable by their owner only") != std::string::npos, message.c_str());
  }

  void unlistableDirectoryIsExplained() {
    QTemporaryDir tmp;
    ::chmod(tmp.path().toLocal8Bit().constData(), 0755);
    const QString dir = tmp.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(dir));
    QCOMPARE(::chmod(dir.toLocal8Bit().constData(), 0700), 0);
    if (::geteuid() != 0) QCOMPARE(::chmod(dir.toLocal8Bit().constData(), 0000), 0);
    const std::string message = failureSeenAsAnotherUser(dir.toStdString(), true);
    ::chmod(dir.toLocal8Bit().constData(), 0700);  // so the temporary folder can go
    QVERIFY2(message.find("cannot list directory: permission denied") != std::string::npos, message.c_str());
    QVERIFY2(message.find("owned by uid " + std::to_string(::geteuid())) != std::string::npos, message.c_str());
  }
};

QTEST_GUILESS_MAIN(PermissionTest)
#include "permission_test.moc"
