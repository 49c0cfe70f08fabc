// libFuzzer target for the control protocol's parsers (ControlMessages): every input is one
// message line as a client or the service could send it. Invariants: a request either parses or
// yields an error with a code and a message; a parsed request, encoded again, parses to the same
// request; the server-side classification and the payload readers never crash on any object.
#include "ControlMessages.h"

#include <QByteArray>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

namespace {
bool sameRequest(const ControlRequest &a, const ControlRequest &b) {
    return a.id == b.id && a.type == b.type && a.baseRevision == b.baseRevision &&
           a.config == b.config && a.ruleId == b.ruleId && a.enabled == b.enabled &&
           a.connectionId == b.connectionId && a.subscribeStats == b.subscribeStats &&
           a.subscribeLog == b.subscribeLog && a.statsIntervalMs == b.statsIntervalMs;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray line(reinterpret_cast<const char *>(data), qsizetype(size));

    // As the service reads a client's line.
    ControlRequestError error;
    const std::optional<ControlRequest> request = ControlMessages::parseRequest(line, &error);
    if (request) {
        if (request->id == 0)
            std::abort(); // ids are positive
        const QByteArray again = ControlMessages::encode(ControlMessages::requestToJson(*request));
        if (!again.endsWith('\n') || again.count('\n') != 1)
            std::abort(); // one message, one line
        ControlRequestError secondError;
        const std::optional<ControlRequest> reparsed =
            ControlMessages::parseRequest(again.chopped(1), &secondError);
        if (!reparsed || !sameRequest(*request, *reparsed))
            std::abort();
    } else {
        if (error.error.code.isEmpty() || error.error.message.isEmpty())
            std::abort();
        // The error reply the service would send is itself one readable line.
        const QByteArray reply =
            ControlMessages::encode(ControlMessages::errorReply(error.id, error.error));
        const std::optional<ControlServerMessage> back =
            ControlMessages::parseServerMessage(reply.chopped(1));
        if (!back || back->kind != ControlServerMessage::Kind::Reply || back->ok ||
            back->replyTo != error.id ||
            ControlMessages::errorFromReply(back->object).code != error.error.code)
            std::abort();
    }

    // As a client reads the service's line.
    if (const std::optional<ControlServerMessage> message =
            ControlMessages::parseServerMessage(line)) {
        const QJsonObject &o = message->object;
        (void)ControlMessages::helloFromJson(o);
        (void)ControlMessages::errorFromReply(o);
        (void)ControlMessages::resultFromJson(o);
        (void)ControlMessages::statusFromJson(o);
        quint64 dropped = 0;
        (void)ControlMessages::logEntriesFromJson(o, &dropped);
        if (const std::optional<StatsSnapshot> stats =
                ControlMessages::statsFromJson(o.value(QStringLiteral("stats")).toObject())) {
            // What was read is written and read back the same way.
            const std::optional<StatsSnapshot> again =
                ControlMessages::statsFromJson(ControlMessages::statsToJson(*stats));
            if (!again || again->rules.size() != stats->rules.size() ||
                again->connections.size() != stats->connections.size())
                std::abort();
        }
    }
    return 0;
}
