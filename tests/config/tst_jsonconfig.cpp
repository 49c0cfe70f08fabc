#include "ConfigLoader.h"
#include "ConfigValidator.h"
#include "JsonConfigReader.h"
#include "JsonConfigWriter.h"
#include "RandomConfigGenerator.h"
#include "RinetdConfigParser.h"
#include "RinetdConfigWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// PortRelay's JSON document: lossless round trip, all-or-nothing reading with a clear
// diagnostic for every kind of bad document, format detection by content, atomic saving.
class TestJsonConfig : public QObject {
    Q_OBJECT

private slots:
    void roundTripRich();
    void roundTripGenerated();
    void errors_data();
    void errors();
    void semanticProblemsKeepDocument();
    void originalDestinationAndTranslate();
    void lenientForms();
    void detectsFormatByContent_data();
    void detectsFormatByContent();
    void saveAndLoadFiles();
    void saveFailureLeavesNothing();
    void hundredThousandRules();

private:
    static QByteArray minimal(const QString &ruleJson);
};

void TestJsonConfig::roundTripRich() {
    RinetdConfigParser parser(QStringLiteral("in.conf"));
    const Config config = parser.parseText(
        QStringLiteral("# head\nlogfile /var/log/r.log # l\nlogcommon\npidlogfile /run/p.pid\n"
                       "pidfile /x # uv\nallow 10.0.0.0/8\n#portrelay: name=Web ✓\n"
                       "0.0.0.0 80 127.0.0.1 8080 [timeout=5,foo=bar] #t\ndeny 10.0.0.1\n"
                       "#portrelay-disabled: :: 53/udp ::1 53/udp\n# tail\n"));
    QCOMPARE(config.rules.size(), 2);
    const QByteArray json = JsonConfigWriter::write(config);
    QVERIFY(json.endsWith('\n'));
    JsonConfigReader reader(QStringLiteral("x.json"));
    const Config again = reader.read(json);
    QVERIFY(!hasErrors(reader.diagnostics()));
    QCOMPARE(again, config);
    QCOMPARE(QJsonDocument::fromJson(json).object().value(QStringLiteral("version")).toInt(),
             JsonConfigWriter::SchemaVersion);
}

void TestJsonConfig::roundTripGenerated() {
    RandomConfigGenerator generator(777);
    for (int i = 0; i < 300; ++i) {
        Config config = generator.next();
        // JSON holds what rinetd.conf cannot: arbitrary ids and notes on absent settings.
        for (Rule &r : config.rules)
            r.id = r.id * 7 + 100;
        if (i % 3 == 0)
            config.logFormatNotes.leadingLines << QStringLiteral("# kept in JSON");
        JsonConfigReader reader(QStringLiteral("g.json"));
        const Config again = reader.read(JsonConfigWriter::write(config));
        QVERIFY2(!hasErrors(reader.diagnostics()), qPrintable(QString::number(i)));
        QVERIFY2(again == config, qPrintable(QStringLiteral("generated config %1").arg(i)));
    }
}

QByteArray TestJsonConfig::minimal(const QString &ruleJson) {
    return QStringLiteral("{\"version\": 1, \"rules\": [%1]}").arg(ruleJson).toUtf8();
}

void TestJsonConfig::errors_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message"); // a part of the first error's message
    const QString okRule = QStringLiteral(
        "{\"id\": 1, \"bindHost\": \"0.0.0.0\", \"bindPort\": \"80\", \"connectHost\": "
        "\"127.0.0.1\", \"connectPort\": \"80\"");

    QTest::newRow("not json") << QByteArray("{\"version\": 1,") << "not valid JSON";
    QTest::newRow("array root") << QByteArray("[]") << "must be a JSON object";
    QTest::newRow("missing version") << QByteArray("{\"rules\": []}") << "version: missing";
    QTest::newRow("version string")
        << QByteArray("{\"version\": \"1\", \"rules\": []}") << "version: expected a whole number";
    QTest::newRow("version fraction")
        << QByteArray("{\"version\": 1.5, \"rules\": []}") << "version: expected a whole number";
    QTest::newRow("newer version")
        << QByteArray("{\"version\": 2, \"rules\": []}") << "newer PortRelay";
    QTest::newRow("version zero") << QByteArray("{\"version\": 0, \"rules\": []}")
                                  << "not a valid schema version";
    QTest::newRow("wrong format name")
        << QByteArray("{\"format\": \"other\", \"version\": 1, \"rules\": []}") << "format:";
    QTest::newRow("missing rules") << QByteArray("{\"version\": 1}") << "rules: missing";
    QTest::newRow("rules not array")
        << QByteArray("{\"version\": 1, \"rules\": {}}") << "rules: expected an array";
    QTest::newRow("rule not object")
        << minimal(QStringLiteral("42")) << "rules[0]: expected an object";
    QTest::newRow("missing bindHost")
        << minimal(QStringLiteral("{\"id\": 1, \"bindPort\": \"80\", \"connectHost\": \"a\", "
                                  "\"connectPort\": \"80\"}"))
        << "rules[0].bindHost: missing field";
    QTest::newRow("missing id") << minimal(QStringLiteral(
                                       "{\"bindHost\": \"0.0.0.0\", \"bindPort\": \"80\", "
                                       "\"connectHost\": \"a\", \"connectPort\": \"80\"}"))
                                << "rules[0].id: missing field";
    QTest::newRow("id string") << minimal(QStringLiteral(
                                      "{\"id\": \"1\", \"bindHost\": \"0.0.0.0\", \"bindPort\": "
                                      "\"80\", \"connectHost\": \"a\", \"connectPort\": \"80\"}"))
                               << "rules[0].id: expected a whole number";
    QTest::newRow("port bool") << minimal(QStringLiteral(
                                      "{\"id\": 1, \"bindHost\": \"0.0.0.0\", \"bindPort\": true, "
                                      "\"connectHost\": \"a\", \"connectPort\": \"80\"}"))
                               << "rules[0].bindPort: expected a string";
    QTest::newRow("port fraction")
        << minimal(QStringLiteral("{\"id\": 1, \"bindHost\": \"0.0.0.0\", \"bindPort\": "
                                  "80.5, \"connectHost\": \"a\", \"connectPort\": \"80\"}"))
        << "rules[0].bindPort: a port number must be whole";
    // Numbers beyond int: converting them was undefined behaviour, reported as "not whole".
    QTest::newRow("port huge") << minimal(QStringLiteral(
                                      "{\"id\": 1, \"bindHost\": \"0.0.0.0\", \"bindPort\": "
                                      "1e300, \"connectHost\": \"a\", \"connectPort\": \"80\"}"))
                               << "rules[0].bindPort: port 1e+300 is out of range";
    QTest::newRow("port huge negative")
        << minimal(QStringLiteral("{\"id\": 1, \"bindHost\": \"0.0.0.0\", \"bindPort\": "
                                  "\"80\", \"connectHost\": \"a\", \"connectPort\": -1e300}"))
        << "rules[0].connectPort: port -1e+300 is out of range";
    QTest::newRow("id huge") << minimal(QStringLiteral(
                                    "{\"id\": 1e300, \"bindHost\": \"0.0.0.0\", \"bindPort\": "
                                    "\"80\", \"connectHost\": \"a\", \"connectPort\": \"80\"}"))
                             << "rules[0].id: 1e+300 is out of range";
    QTest::newRow("id just beyond int")
        << minimal(QStringLiteral("{\"id\": 2147483648, \"bindHost\": \"0.0.0.0\", "
                                  "\"bindPort\": \"80\", \"connectHost\": \"a\", "
                                  "\"connectPort\": \"80\"}"))
        << "rules[0].id: 2147483648 is out of range";
    QTest::newRow("version huge") << QByteArray("{\"version\": 1e300, \"rules\": []}")
                                  << "version 1e+300 is out of range";
    QTest::newRow("enabled string") << minimal(okRule + QStringLiteral(", \"enabled\": \"no\"}"))
                                    << "rules[0].enabled: expected true or false";
    QTest::newRow("protocol bad") << minimal(okRule +
                                             QStringLiteral(", \"bindProtocol\": \"sctp\"}"))
                                  << "rules[0].bindProtocol: expected \"tcp\" or \"udp\"";
    QTest::newRow("acl not array") << minimal(okRule + QStringLiteral(", \"acl\": \"10.*\"}"))
                                   << "rules[0].acl: expected an array";
    QTest::newRow("acl kind")
        << minimal(okRule + QStringLiteral(", \"acl\": [{\"kind\": \"permit\", \"pattern\": "
                                           "\"10.*\"}]}"))
        << "rules[0].acl[0].kind: expected \"allow\" or \"deny\"";
    QTest::newRow("acl pattern missing")
        << minimal(okRule + QStringLiteral(", \"acl\": [{\"kind\": \"allow\"}]}"))
        << "rules[0].acl[0].pattern: missing field";
    QTest::newRow("options not array") << minimal(okRule + QStringLiteral(", \"options\": {}}"))
                                       << "rules[0].options: expected an array";
    QTest::newRow("option value number")
        << minimal(okRule +
                   QStringLiteral(", \"options\": [{\"name\": \"timeout\", \"value\": 5}]}"))
        << "rules[0].options[0].value: expected a string";
    QTest::newRow("notes not object") << minimal(okRule + QStringLiteral(", \"notes\": []}"))
                                      << "rules[0].notes: expected an object";
    QTest::newRow("leading line number")
        << minimal(okRule + QStringLiteral(", \"notes\": {\"leadingLines\": [\"# a\", 3]}}"))
        << "rules[0].notes.leadingLines[1]: expected a string";
    QTest::newRow("log format bad")
        << QByteArray("{\"version\": 1, \"rules\": [], \"logFormat\": \"xml\"}") << "logFormat:";
    QTest::newRow("logFile number") << QByteArray("{\"version\": 1, \"rules\": [], \"logFile\": 1}")
                                    << "logFile: expected a string";
    QTest::newRow("unsupported text missing")
        << QByteArray("{\"version\": 1, \"rules\": [], \"unsupportedLines\": [{}]}")
        << "unsupportedLines[0].text: missing field";
    QTest::newRow("trailingLines not array")
        << QByteArray("{\"version\": 1, \"rules\": [], \"trailingLines\": \"x\"}")
        << "trailingLines: expected an array";
}

void TestJsonConfig::errors() {
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    JsonConfigReader reader(QStringLiteral("bad.json"));
    const Config config = reader.read(json);
    QVERIFY(hasErrors(reader.diagnostics()));
    const ConfigDiagnostic *first = nullptr;
    for (const ConfigDiagnostic &d : reader.diagnostics()) {
        if (d.isError()) {
            first = &d;
            break;
        }
    }
    QVERIFY(first);
    QVERIFY2(first->message.contains(message), qPrintable(first->toString()));
    QVERIFY(first->toString().startsWith(QLatin1String("bad.json")));
    // Never a half-read document.
    QCOMPARE(config, Config());
    QVERIFY(reader.rejectedDocument());
    // (Only documents that start with '{' are taken for JSON by the loader.)
    if (json.startsWith('{'))
        QVERIFY(!parseConfigData(json, QStringLiteral("bad.json")).documentRead);
}

void TestJsonConfig::semanticProblemsKeepDocument() {
    // A well-formed document with a bad port is reported like a rinetd.conf would be, and kept
    // whole so that the user can fix it in the editor.
    // The reader reads the structure; ConfigValidator (run by the loader) judges the rules.
    const ConfigLoadResult result = parseConfigData(
        minimal(QStringLiteral(
            "{\"id\": 1, \"bindHost\": \"0.0.0.0\", \"bindPort\": \"70000\", \"connectHost\": "
            "\"127.0.0.1\", \"connectPort\": \"80\", \"acl\": [{\"kind\": \"allow\", \"pattern\": "
            "\"host.example\"}]}, {\"id\": 1, \"bindHost\": \"0.0.0.0\", \"bindPort\": \"81\", "
            "\"connectHost\": \"127.0.0.1\", \"connectPort\": \"80\"}")),
        QStringLiteral("s.json"));
    QCOMPARE(result.format, ConfigFormat::Json);
    QCOMPARE(result.config.rules.size(), 2);
    QVERIFY(result.documentRead);
    int errors = 0;
    int warnings = 0;
    for (const ConfigDiagnostic &d : result.diagnostics)
        (d.isError() ? errors : warnings) += 1;
    QCOMPARE(errors, 2);   // port, duplicate id
    QCOMPARE(warnings, 1); // a pattern that never matches, which rinetd 0.73 also starts with
}

void TestJsonConfig::originalDestinationAndTranslate() {
    // The target "original original" and translate= go through JSON as written (strings), back
    // to rinetd.conf unchanged, and the validator judges them as the rinetd.conf reader does.
    RinetdConfigParser parser(QStringLiteral("in.conf"));
    const Config config = parser.parseText(
        QStringLiteral(":: 3129 original original [translate=http]\nallow 10.0.0.0/9\n"
                       "#portrelay-disabled: 0.0.0.0 3130 original original\n"
                       "0.0.0.0 3131 127.0.0.1 3128 [translate=none]\n"));
    QCOMPARE(config.rules.size(), 3);
    QVERIFY(config.rules.at(0).forwardsToOriginalDestination());
    QCOMPARE(config.rules.at(0).translateMode(), QStringLiteral("http"));
    QCOMPARE(config.rules.at(2).translateMode(), QStringLiteral("none"));
    const QByteArray json = JsonConfigWriter::write(config);
    const QJsonObject first = QJsonDocument::fromJson(json)
                                  .object()
                                  .value(QStringLiteral("rules"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    QCOMPARE(first.value(QStringLiteral("connectHost")).toString(), QStringLiteral("original"));
    QCOMPARE(first.value(QStringLiteral("connectPort")).toString(), QStringLiteral("original"));
    JsonConfigReader reader(QStringLiteral("x.json"));
    const Config again = reader.read(json);
    QVERIFY(!hasErrors(reader.diagnostics()));
    QCOMPARE(again, config);
    RinetdConfigWriter writer;
    QCOMPARE(RinetdConfigParser(QStringLiteral("again.conf")).parseText(writer.write(again)),
             config);

    // Invalid in JSON: a UDP rule to the original destination, an unknown translate mode.
    const ConfigLoadResult bad = parseConfigData(
        minimal(QStringLiteral(
            "{\"id\": 1, \"bindHost\": \"0.0.0.0\", \"bindPort\": \"53\", \"bindProtocol\": "
            "\"udp\", \"connectProtocol\": \"udp\", \"connectHost\": \"original\", "
            "\"connectPort\": \"original\"}, {\"id\": 2, \"bindHost\": \"0.0.0.0\", "
            "\"bindPort\": \"80\", \"connectHost\": \"127.0.0.1\", \"connectPort\": \"8080\", "
            "\"options\": [{\"name\": \"translate\", \"value\": \"gopher\"}]}")),
        QStringLiteral("bad.json"));
    QStringList errors;
    for (const ConfigDiagnostic &d : bad.diagnostics) {
        if (d.isError())
            errors << d.message;
    }
    qDebug() << errors;
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.at(0).contains(QLatin1String("TCP connections only")),
             qPrintable(errors.at(0)));
    QVERIFY2(errors.at(1).contains(QLatin1String("translate must be")), qPrintable(errors.at(1)));
}

void TestJsonConfig::lenientForms() {
    JsonConfigReader reader(QStringLiteral("l.json"));
    const Config config = reader.read(QByteArray(
        "{\"version\": 1, \"extra\": true, \"rules\": [{\"id\": 3, \"bindHost\": \"0.0.0.0\", "
        "\"bindPort\": 8080, \"connectHost\": \"127.0.0.1\", \"connectPort\": \"http\"}]}"));
    QVERIFY(!hasErrors(reader.diagnostics()));
    QCOMPARE(reader.diagnostics().size(), 1); // the unknown field
    QCOMPARE(config.rules.size(), 1);
    QCOMPARE(config.rules.first().bindPort, QStringLiteral("8080"));
    QVERIFY(config.rules.first().enabled);
    QCOMPARE(config.rules.first().bindProtocol, Protocol::Tcp);
}

void TestJsonConfig::detectsFormatByContent_data() {
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("format");
    QTest::newRow("json") << QByteArray("{\"version\":1,\"rules\":[]}") << int(ConfigFormat::Json);
    QTest::newRow("json after blanks and BOM")
        << QByteArray("\xEF\xBB\xBF \n\t{\"version\":1,\"rules\":[]}") << int(ConfigFormat::Json);
    QTest::newRow("rinetd") << QByteArray("0.0.0.0 80 127.0.0.1 80\n")
                            << int(ConfigFormat::RinetdConf);
    QTest::newRow("comment first") << QByteArray("# {\n{") << int(ConfigFormat::RinetdConf);
    QTest::newRow("empty") << QByteArray() << int(ConfigFormat::RinetdConf);
}

void TestJsonConfig::detectsFormatByContent() {
    QFETCH(QByteArray, data);
    QFETCH(int, format);
    QCOMPARE(int(parseConfigData(data, QStringLiteral("f")).format), format);
}

void TestJsonConfig::saveAndLoadFiles() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RandomConfigGenerator generator(99);
    Config config = generator.next();
    while (config.rules.isEmpty())
        config = generator.next();
    // ".json" by name gives JSON, anything else rinetd.conf; loading decides by content.
    const QString json = dir.filePath(QStringLiteral("doc.JSON"));
    const QString conf = dir.filePath(QStringLiteral("doc.json.conf"));
    QString error;
    QVERIFY2(saveConfigFile(config, json, &error), qPrintable(error));
    QVector<ConfigDiagnostic> warnings;
    QVERIFY2(saveConfigFile(config, conf, &error, &warnings), qPrintable(error));
    QCOMPARE(formatForFileName(json), ConfigFormat::Json);
    QCOMPARE(formatForFileName(conf), ConfigFormat::RinetdConf);
    const ConfigLoadResult fromJson = loadConfigFile(json);
    QVERIFY(fromJson.readable);
    QCOMPARE(fromJson.format, ConfigFormat::Json);
    QCOMPARE(fromJson.config, config);
    const ConfigLoadResult fromConf = loadConfigFile(conf);
    QCOMPARE(fromConf.format, ConfigFormat::RinetdConf);
    QCOMPARE(fromConf.config, config);
    const ConfigLoadResult missing = loadConfigFile(dir.filePath(QStringLiteral("none")));
    QVERIFY(!missing.readable);
    QVERIFY(missing.hasErrors());
    QVERIFY(!missing.readError.isEmpty());
    QVERIFY(!loadConfigFile(dir.path()).readable);
}

void TestJsonConfig::saveFailureLeavesNothing() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("keep.json"));
    Config first;
    first.logFile = QStringLiteral("/first");
    QString error;
    QVERIFY(saveConfigFile(first, path, &error));
    QVERIFY(!saveConfigFile(first, dir.filePath(QStringLiteral("no/such/dir.json")), &error));
    QVERIFY(error.contains(QLatin1String("no/such/dir.json")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("no"))));
    // A directory in the way of the target: nothing is written, the directory stays.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.conf")));
    QVERIFY(!saveConfigFile(first, dir.filePath(QStringLiteral("taken.conf")), &error));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("taken.conf"))).isDir());
    QCOMPARE(loadConfigFile(path).config, first);
    // A failed save leaves the old file as it was.
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    Config second;
    second.logFile = QStringLiteral("/second");
    const bool saved = saveConfigFile(second, path, &error);
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (saved) {
        // As root the permission does not stop the write; the checks above still ran.
        qInfo("running as root: the read-only directory case was not exercised");
        return;
    }
    QVERIFY(!error.isEmpty());
    QCOMPARE(loadConfigFile(path).config, first);
}

// 100k rules in both formats are read and checked (duplicate binds included) and a reload
// adopts their ids. Each step was quadratic: this took hours before (40k JSON rules: 98 s).
// The times are printed, not asserted.
void TestJsonConfig::hundredThousandRules() {
    constexpr int kRules = 100000;
    Config config;
    config.rules.reserve(kRules + 1);
    for (int i = 0; i < kRules; ++i) {
        Rule rule;
        rule.id = i + 1;
        rule.bindHost =
            QStringLiteral("127.%1.%2.%3").arg((i >> 16) & 255).arg((i >> 8) & 255).arg(i & 255);
        rule.bindPort = QString::number(1 + i % 60000);
        rule.connectHost = QStringLiteral("127.0.0.1");
        rule.connectPort = QString::number(20000 + i % 40000);
        config.rules << rule;
    }
    Rule duplicate = config.rules.first();
    duplicate.id = kRules + 1;
    config.rules << duplicate;

    QElapsedTimer timer;
    timer.start();
    const QByteArray json = JsonConfigWriter::write(config);
    JsonConfigReader reader(QStringLiteral("big.json"));
    const Config fromJson = reader.read(json);
    QVERIFY(!hasErrors(reader.diagnostics()));
    // The reader reads the structure; the validator judges the rules (as the loader runs it).
    const QVector<ConfigDiagnostic> findings =
        ConfigValidator::validate(fromJson, QStringLiteral("big.json"));
    const qint64 jsonMs = timer.restart();
    QCOMPARE(fromJson.rules.size(), kRules + 1);
    QCOMPARE(findings.size(), 1); // the duplicate bind, naming rule 1
    QVERIFY2(findings.first().message.contains(QLatin1String("also bound by rule 1 ")),
             qPrintable(findings.first().toString()));

    QByteArray conf;
    for (const Rule &rule : std::as_const(config.rules))
        conf += (rule.bindHost + QLatin1Char(' ') + rule.bindPort + QLatin1Char(' ') +
                 rule.connectHost + QLatin1Char(' ') + rule.connectPort + QLatin1Char('\n'))
                    .toLatin1();
    timer.restart();
    RinetdConfigParser parser(QStringLiteral("big.conf"));
    Config fromConf = parser.parse(conf);
    const qint64 confMs = timer.restart();
    QCOMPARE(fromConf.rules.size(), kRules + 1);
    QVERIFY(!hasErrors(parser.diagnostics()));

    // A reload: the same rules in reverse order keep their ids.
    std::reverse(fromConf.rules.begin(), fromConf.rules.end());
    timer.restart();
    fromConf.adoptRuleIdsFrom(fromJson);
    const qint64 adoptMs = timer.elapsed();
    QSet<int> ids;
    for (const Rule &rule : std::as_const(fromConf.rules))
        ids.insert(rule.id);
    QCOMPARE(ids.size(), kRules + 1);
    QCOMPARE(*std::max_element(ids.cbegin(), ids.cend()), kRules + 1); // no new id was needed
    QCOMPARE(fromConf.rules.at(kRules / 2).id, fromJson.rules.at(kRules - kRules / 2).id);
    qInfo(
        "100k rules: JSON write+read+check %lld ms, rinetd.conf parse %lld ms, id adoption %lld ms",
        jsonMs, confMs, adoptMs);
}

QTEST_APPLESS_MAIN(TestJsonConfig)
#include "tst_jsonconfig.moc"
