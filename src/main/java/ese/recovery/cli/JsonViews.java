package ese.recovery.cli;

import ese.recovery.checkpoint.Checkpoint;
import ese.recovery.database.BackupInfo;
import ese.recovery.database.DatabaseFile;
import ese.recovery.database.DatabaseHeader;
import ese.recovery.engine.EngineEvent;
import ese.recovery.engine.RecoveryResult;
import ese.recovery.jet.JetError;
import ese.recovery.jet.Lgpos;
import ese.recovery.jet.LogTime;
import ese.recovery.jet.Signature;
import ese.recovery.log.LogDamage;
import ese.recovery.log.LogFile;
import ese.recovery.log.LogFileHeader;
import ese.recovery.log.LogSequence;

import java.nio.file.Path;

/**
 * The model's values as JSON, with the field names docs/cli.md documents. Times are ISO-8601 UTC
 * ({@code 2026-01-05T10:00:01Z}) or null when not set; log positions are objects of generation,
 * sector and offset with eseutil's text beside them.
 */
final class JsonViews {
    private JsonViews() {
    }

    static Json.Obj error(JetError e) {
        return Json.object()
                .put("number", e.number())
                .put("name", e.name())
                .put("description", e.description());
    }

    static String path(Path p) {
        return p == null ? null : p.toAbsolutePath().normalize().toString();
    }

    static String time(LogTime t) {
        return t.isSet() ? t.instant().toString() : null;
    }

    static Json.Obj lgpos(Lgpos p) {
        return Json.object()
                .put("generation", p.generation())
                .put("sector", p.sector())
                .put("offset", p.offset())
                .put("text", p.toString());
    }

    static Json.Obj signature(Signature s) {
        if (!s.isSet()) {
            return null;
        }
        return Json.object()
                .put("random", Integer.toUnsignedLong(s.random()))
                .put("created", time(s.created()))
                .put("computer", s.computerName())
                .put("text", s.toString());
    }

    static Json.Obj backup(BackupInfo b) {
        if (!b.isSet()) {
            return null;
        }
        return Json.object()
                .put("mark", lgpos(b.mark()))
                .put("markTime", time(b.markTime()))
                .put("generationLow", b.generationLow())
                .put("generationHigh", b.generationHigh());
    }

    static Json.Obj databaseHeader(Path file, DatabaseFile.HeaderRead read) {
        DatabaseHeader h = read.header();
        return Json.object()
                .put("file", path(file))
                .put("shadowCopyUsed", read.usedShadow())
                .put("databaseSignature", signature(h.databaseSignature()))
                .put("dbtime", h.dbtime())
                .put("state", h.state().shown())
                .put("stateCode", h.state().code())
                .put("consistent", h.state().consistent())
                .put("logRequired", Json.object()
                        .put("low", h.logRequiredLow())
                        .put("high", h.logRequiredHigh())
                        .put("highCreated", time(h.logRequiredHighCreated()))
                        .put("text", h.logRequired()))
                .put("logSignature", signature(h.logSignature()))
                .put("lastConsistent", Json.object().put("position", lgpos(h.consistentPosition())).put("time", time(h.consistentTime())))
                .put("lastAttach", Json.object().put("position", lgpos(h.attachPosition())).put("time", time(h.attachTime())))
                .put("previousFullBackup", backup(h.lastFullBackup()))
                .put("currentFullBackup", backup(h.currentFullBackup()));
    }

    static Json.Obj logHeader(LogFileHeader h) {
        return Json.object()
                .put("generation", h.generation())
                .put("logSignature", signature(h.logSignature()))
                .put("created", time(h.created()))
                .put("previousGenerationCreated", time(h.previousGenerationCreated()))
                .put("formatVersion", LogFileHeader.FORMAT_MAJOR + "." + LogFileHeader.FORMAT_MINOR)
                .put("baseName", h.baseName())
                .put("sectorSize", h.sectorSize())
                .put("fileSectors", h.fileSectors())
                .put("fileBytes", h.fileBytes())
                .put("checkpointAtCreation", lgpos(h.checkpointAtCreation()))
                .put("circularLogging", (h.flags() & LogFileHeader.FLAG_CIRCULAR_LOGGING) != 0)
                .put("attachments", Json.array(h.attachments().stream().map(a -> Json.object()
                        .put("database", a.database())
                        .put("databaseSignature", signature(a.databaseSignature()))
                        .put("consistentAt", lgpos(a.consistentAt()))).toList()));
    }

    static Json.Obj integrity(LogFile.Scan scan) {
        return Json.object()
                .put("ok", scan.damage().isEmpty())
                .put("records", scan.records().size())
                .put("lastLgpos", lgpos(scan.end()))
                .put("damage", scan.damage().map(JsonViews::damage).orElse(null));
    }

    private static Json.Obj damage(LogDamage d) {
        return Json.object()
                .put("generation", d.generation())
                .put("sector", d.sector())
                .put("reason", d.reason())
                .put("tailOnly", d.tailOnly());
    }

    static Json.Obj log(Path file, LogFile.Scan scan) {
        return Json.object()
                .put("file", path(file))
                .put("header", logHeader(scan.header()))
                .put("integrity", integrity(scan));
    }

    static Json.Obj finding(LogSequence.Finding f) {
        return Json.object()
                .put("error", error(f.error()))
                .put("file", path(f.file()))
                .put("detail", f.detail());
    }

    static Json.Obj verification(LogSequence.Verification v) {
        return Json.object()
                .put("folder", path(v.folder()))
                .put("base", v.names().base())
                .put("logs", Json.array(v.logs().stream().map(c -> Json.object()
                        .put("file", path(c.file()))
                        .put("role", c.role().name())
                        .put("expectedGeneration", c.expectedGeneration().orElse(null))
                        .put("ok", c.ok())
                        .put("header", c.header().map(JsonViews::logHeader).orElse(null))
                        .put("integrity", c.scan().map(JsonViews::integrity).orElse(null))
                        .put("findings", Json.array(c.findings().stream().map(JsonViews::finding).toList()))).toList()))
                .put("sequence", Json.object()
                        .put("lowGeneration", v.lowGeneration().orElse(null))
                        .put("highGeneration", v.highGeneration().orElse(null))
                        .put("missingGenerations", Json.array(v.missingGenerations()))
                        .put("ok", v.ok())
                        .put("findings", Json.array(v.findings().stream().map(JsonViews::finding).toList())));
    }

    static Json.Obj checkpoint(Path file, Checkpoint c) {
        return Json.object()
                .put("file", path(file))
                .put("checkpoint", lgpos(c.checkpoint()))
                .put("generation", c.generation())
                .put("logSignature", signature(c.logSignature()))
                .put("written", time(c.written()))
                .put("lastFullBackupCheckpoint", lgpos(c.lastFullBackup()))
                .put("database", c.database());
    }

    static Json.Obj event(EngineEvent e) {
        return Json.object()
                .put("source", e.source())
                .put("id", e.id())
                .put("type", e.type().name())
                .put("text", e.text())
                .put("error", e.error().map(JsonViews::error).orElse(null));
    }

    static Json.Obj recovery(RecoveryResult r) {
        return Json.object()
                .put("kind", r.kind().name())
                .put("succeeded", r.succeeded())
                .put("replayedGenerations", Json.array(r.replayedGenerations()))
                .put("stoppedAt", r.stoppedAt().map(JsonViews::lgpos).orElse(null))
                .put("events", Json.array(r.events().stream().map(JsonViews::event).toList()));
    }
}
