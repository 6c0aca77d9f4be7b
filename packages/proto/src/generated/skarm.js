/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $isFinite = $util.global.isFinite, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const skarm = $root.skarm = (() => {

    const skarm = {};

    skarm.common = (function() {

        const common = {};

        common.v1 = (function() {

            const v1 = {};

            v1.Error = (function() {

                const Error = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                Error.prototype.code = "";
                Error.prototype.kind = "";
                Error.prototype.message = "";
                Error.prototype.dataJson = "";

                Error.create = function(properties) {
                    return new Error(properties);
                };

                Error.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                        w.uint32(10).string(m.code);
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                        w.uint32(18).string(m.kind);
                    if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                        w.uint32(26).string(m.message);
                    if (m.dataJson != null && $Object.hasOwnProperty.call(m, "dataJson") && m.dataJson !== "")
                        w.uint32(34).string(m.dataJson);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                Error.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.common.v1.Error();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.code = v;
                                else
                                    delete m.code;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.kind = v;
                                else
                                    delete m.kind;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.message = v;
                                else
                                    delete m.message;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.dataJson = v;
                                else
                                    delete m.dataJson;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                Error.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.common.v1.Error)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.common.v1.Error: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.common.v1.Error();
                    if (d.code != null) {
                        if (typeof d.code !== "string" || d.code.length) {
                            m.code = $String(d.code);
                        }
                    }
                    if (d.kind != null) {
                        if (typeof d.kind !== "string" || d.kind.length) {
                            m.kind = $String(d.kind);
                        }
                    }
                    if (d.message != null) {
                        if (typeof d.message !== "string" || d.message.length) {
                            m.message = $String(d.message);
                        }
                    }
                    if (d.dataJson != null) {
                        if (typeof d.dataJson !== "string" || d.dataJson.length) {
                            m.dataJson = $String(d.dataJson);
                        }
                    }
                    return m;
                };

                Error.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.code = "";
                        d.kind = "";
                        d.message = "";
                        d.dataJson = "";
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        d.code = m.code;
                    }
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                        d.kind = m.kind;
                    }
                    if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                        d.message = m.message;
                    }
                    if (m.dataJson != null && $Object.hasOwnProperty.call(m, "dataJson")) {
                        d.dataJson = m.dataJson;
                    }
                    return d;
                };

                Error.prototype.toJSON = function() {
                    return Error.toObject(this, $protobuf.util.toJSONOptions);
                };

                Error.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.common.v1.Error";
                };

                return Error;
            })();

            v1.Empty = (function() {

                const Empty = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                Empty.create = function(properties) {
                    return new Empty(properties);
                };

                Empty.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                Empty.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.common.v1.Empty();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        r.skipType(t & 7, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                Empty.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.common.v1.Empty)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.common.v1.Empty: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.skarm.common.v1.Empty();
                };

                Empty.toObject = function () {
                    return {};
                };

                Empty.prototype.toJSON = function() {
                    return Empty.toObject(this, $protobuf.util.toJSONOptions);
                };

                Empty.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.common.v1.Empty";
                };

                return Empty;
            })();

            v1.HealthRequest = (function() {

                const HealthRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                HealthRequest.create = function(properties) {
                    return new HealthRequest(properties);
                };

                HealthRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                HealthRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.common.v1.HealthRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        r.skipType(t & 7, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                HealthRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.common.v1.HealthRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.common.v1.HealthRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.skarm.common.v1.HealthRequest();
                };

                HealthRequest.toObject = function () {
                    return {};
                };

                HealthRequest.prototype.toJSON = function() {
                    return HealthRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                HealthRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.common.v1.HealthRequest";
                };

                return HealthRequest;
            })();

            v1.HealthResponse = (function() {

                const HealthResponse = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                HealthResponse.prototype.service = "";
                HealthResponse.prototype.status = "";
                HealthResponse.prototype.pid = 0;
                HealthResponse.prototype.uptimeSeconds = 0;
                HealthResponse.prototype.detailsJson = "";

                HealthResponse.create = function(properties) {
                    return new HealthResponse(properties);
                };

                HealthResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.service != null && $Object.hasOwnProperty.call(m, "service") && m.service !== "")
                        w.uint32(10).string(m.service);
                    if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== "")
                        w.uint32(18).string(m.status);
                    if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                        w.uint32(24).uint32(m.pid);
                    if (m.uptimeSeconds != null && $Object.hasOwnProperty.call(m, "uptimeSeconds") && !$Object.is(m.uptimeSeconds, 0))
                        w.uint32(33).double(m.uptimeSeconds);
                    if (m.detailsJson != null && $Object.hasOwnProperty.call(m, "detailsJson") && m.detailsJson !== "")
                        w.uint32(42).string(m.detailsJson);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                HealthResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.common.v1.HealthResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.service = v;
                                else
                                    delete m.service;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.status = v;
                                else
                                    delete m.status;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.pid = v;
                                else
                                    delete m.pid;
                                continue;
                            }
                        case 4: {
                                if (u !== 1)
                                    break;
                                if (!$Object.is(v = r.double(), 0))
                                    m.uptimeSeconds = v;
                                else
                                    delete m.uptimeSeconds;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.detailsJson = v;
                                else
                                    delete m.detailsJson;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                HealthResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.common.v1.HealthResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.common.v1.HealthResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.common.v1.HealthResponse();
                    if (d.service != null) {
                        if (typeof d.service !== "string" || d.service.length) {
                            m.service = $String(d.service);
                        }
                    }
                    if (d.status != null) {
                        if (typeof d.status !== "string" || d.status.length) {
                            m.status = $String(d.status);
                        }
                    }
                    if (d.pid != null) {
                        if ($Number(d.pid) !== 0) {
                            m.pid = d.pid >>> 0;
                        }
                    }
                    if (d.uptimeSeconds != null) {
                        if (!$Object.is($Number(d.uptimeSeconds), 0)) {
                            m.uptimeSeconds = $Number(d.uptimeSeconds);
                        }
                    }
                    if (d.detailsJson != null) {
                        if (typeof d.detailsJson !== "string" || d.detailsJson.length) {
                            m.detailsJson = $String(d.detailsJson);
                        }
                    }
                    return m;
                };

                HealthResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.service = "";
                        d.status = "";
                        d.pid = 0;
                        d.uptimeSeconds = 0;
                        d.detailsJson = "";
                    }
                    if (m.service != null && $Object.hasOwnProperty.call(m, "service")) {
                        d.service = m.service;
                    }
                    if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                        d.status = m.status;
                    }
                    if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                        d.pid = m.pid;
                    }
                    if (m.uptimeSeconds != null && $Object.hasOwnProperty.call(m, "uptimeSeconds")) {
                        d.uptimeSeconds = o.json && !$isFinite(m.uptimeSeconds) ? $String(m.uptimeSeconds) : m.uptimeSeconds;
                    }
                    if (m.detailsJson != null && $Object.hasOwnProperty.call(m, "detailsJson")) {
                        d.detailsJson = m.detailsJson;
                    }
                    return d;
                };

                HealthResponse.prototype.toJSON = function() {
                    return HealthResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                HealthResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.common.v1.HealthResponse";
                };

                return HealthResponse;
            })();

            v1.CommitResponse = (function() {

                const CommitResponse = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                CommitResponse.prototype.commit = "";

                CommitResponse.create = function(properties) {
                    return new CommitResponse(properties);
                };

                CommitResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.commit != null && $Object.hasOwnProperty.call(m, "commit") && m.commit !== "")
                        w.uint32(10).string(m.commit);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                CommitResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.common.v1.CommitResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.commit = v;
                                else
                                    delete m.commit;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                CommitResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.common.v1.CommitResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.common.v1.CommitResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.common.v1.CommitResponse();
                    if (d.commit != null) {
                        if (typeof d.commit !== "string" || d.commit.length) {
                            m.commit = $String(d.commit);
                        }
                    }
                    return m;
                };

                CommitResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.commit = "";
                    }
                    if (m.commit != null && $Object.hasOwnProperty.call(m, "commit")) {
                        d.commit = m.commit;
                    }
                    return d;
                };

                CommitResponse.prototype.toJSON = function() {
                    return CommitResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                CommitResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.common.v1.CommitResponse";
                };

                return CommitResponse;
            })();

            v1.GitObject = (function() {

                const GitObject = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                GitObject.prototype.oid = "";
                GitObject.prototype.data = $util.newBuffer([]);

                GitObject.create = function(properties) {
                    return new GitObject(properties);
                };

                GitObject.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.oid != null && $Object.hasOwnProperty.call(m, "oid") && m.oid !== "")
                        w.uint32(10).string(m.oid);
                    if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                        w.uint32(18).bytes(m.data);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                GitObject.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.common.v1.GitObject();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.oid = v;
                                else
                                    delete m.oid;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.data = v;
                                else
                                    delete m.data;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                GitObject.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.common.v1.GitObject)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.common.v1.GitObject: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.common.v1.GitObject();
                    if (d.oid != null) {
                        if (typeof d.oid !== "string" || d.oid.length) {
                            m.oid = $String(d.oid);
                        }
                    }
                    if (d.data != null) {
                        if (d.data.length) {
                            if (typeof d.data === "string")
                                $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                            else if (d.data.length >= 0)
                                m.data = d.data;
                        }
                    }
                    return m;
                };

                GitObject.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.oid = "";
                        if (o.bytes === $String)
                            d.data = "";
                        else {
                            d.data = [];
                            if (o.bytes !== $Array)
                                d.data = $util.newBuffer(d.data);
                        }
                    }
                    if (m.oid != null && $Object.hasOwnProperty.call(m, "oid")) {
                        d.oid = m.oid;
                    }
                    if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                        d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                    }
                    return d;
                };

                GitObject.prototype.toJSON = function() {
                    return GitObject.toObject(this, $protobuf.util.toJSONOptions);
                };

                GitObject.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.common.v1.GitObject";
                };

                return GitObject;
            })();

            return v1;
        })();

        return common;
    })();

    skarm.dht = (function() {

        const dht = {};

        dht.v1 = (function() {

            const v1 = {};

            v1.GetInfoRequest = (function() {

                const GetInfoRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                GetInfoRequest.create = function(properties) {
                    return new GetInfoRequest(properties);
                };

                GetInfoRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                GetInfoRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.dht.v1.GetInfoRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        r.skipType(t & 7, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                GetInfoRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.dht.v1.GetInfoRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.dht.v1.GetInfoRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.skarm.dht.v1.GetInfoRequest();
                };

                GetInfoRequest.toObject = function () {
                    return {};
                };

                GetInfoRequest.prototype.toJSON = function() {
                    return GetInfoRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                GetInfoRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.dht.v1.GetInfoRequest";
                };

                return GetInfoRequest;
            })();

            v1.GetInfoResponse = (function() {

                const GetInfoResponse = function (p) {
                    this.addresses = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                GetInfoResponse.prototype.peerId = "";
                GetInfoResponse.prototype.addresses = $util.emptyArray;
                GetInfoResponse.prototype.routingTableSize = 0;

                GetInfoResponse.create = function(properties) {
                    return new GetInfoResponse(properties);
                };

                GetInfoResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                        w.uint32(10).string(m.peerId);
                    if (m.addresses != null && m.addresses.length) {
                        for (var i = 0; i < m.addresses.length; ++i)
                            w.uint32(18).string(m.addresses[i]);
                    }
                    if (m.routingTableSize != null && $Object.hasOwnProperty.call(m, "routingTableSize") && m.routingTableSize !== 0)
                        w.uint32(24).uint32(m.routingTableSize);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                GetInfoResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.dht.v1.GetInfoResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.peerId = v;
                                else
                                    delete m.peerId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.addresses && m.addresses.length))
                                    m.addresses = [];
                                m.addresses.push(r.stringVerify());
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.routingTableSize = v;
                                else
                                    delete m.routingTableSize;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                GetInfoResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.dht.v1.GetInfoResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.dht.v1.GetInfoResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.dht.v1.GetInfoResponse();
                    if (d.peerId != null) {
                        if (typeof d.peerId !== "string" || d.peerId.length) {
                            m.peerId = $String(d.peerId);
                        }
                    }
                    if (d.addresses) {
                        if (!$Array.isArray(d.addresses))
                            throw $TypeError(".skarm.dht.v1.GetInfoResponse.addresses: array expected");
                        m.addresses = $Array(d.addresses.length);
                        for (var i = 0; i < d.addresses.length; ++i) {
                            m.addresses[i] = $String(d.addresses[i]);
                        }
                    }
                    if (d.routingTableSize != null) {
                        if ($Number(d.routingTableSize) !== 0) {
                            m.routingTableSize = d.routingTableSize >>> 0;
                        }
                    }
                    return m;
                };

                GetInfoResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.addresses = [];
                    }
                    if (o.defaults) {
                        d.peerId = "";
                        d.routingTableSize = 0;
                    }
                    if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                        d.peerId = m.peerId;
                    }
                    if (m.addresses && m.addresses.length) {
                        d.addresses = $Array(m.addresses.length);
                        for (var j = 0; j < m.addresses.length; ++j) {
                            d.addresses[j] = m.addresses[j];
                        }
                    }
                    if (m.routingTableSize != null && $Object.hasOwnProperty.call(m, "routingTableSize")) {
                        d.routingTableSize = m.routingTableSize;
                    }
                    return d;
                };

                GetInfoResponse.prototype.toJSON = function() {
                    return GetInfoResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                GetInfoResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.dht.v1.GetInfoResponse";
                };

                return GetInfoResponse;
            })();

            v1.FindDeviceRequest = (function() {

                const FindDeviceRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                FindDeviceRequest.prototype.deviceId = "";

                FindDeviceRequest.create = function(properties) {
                    return new FindDeviceRequest(properties);
                };

                FindDeviceRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== "")
                        w.uint32(10).string(m.deviceId);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                FindDeviceRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.dht.v1.FindDeviceRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.deviceId = v;
                                else
                                    delete m.deviceId;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                FindDeviceRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.dht.v1.FindDeviceRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.dht.v1.FindDeviceRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.dht.v1.FindDeviceRequest();
                    if (d.deviceId != null) {
                        if (typeof d.deviceId !== "string" || d.deviceId.length) {
                            m.deviceId = $String(d.deviceId);
                        }
                    }
                    return m;
                };

                FindDeviceRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.deviceId = "";
                    }
                    if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                        d.deviceId = m.deviceId;
                    }
                    return d;
                };

                FindDeviceRequest.prototype.toJSON = function() {
                    return FindDeviceRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                FindDeviceRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.dht.v1.FindDeviceRequest";
                };

                return FindDeviceRequest;
            })();

            v1.FindDeviceResponse = (function() {

                const FindDeviceResponse = function (p) {
                    this.addresses = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                FindDeviceResponse.prototype.found = false;
                FindDeviceResponse.prototype.deviceId = "";
                FindDeviceResponse.prototype.accountUri = "";
                FindDeviceResponse.prototype.addresses = $util.emptyArray;
                FindDeviceResponse.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                FindDeviceResponse.create = function(properties) {
                    return new FindDeviceResponse(properties);
                };

                FindDeviceResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.found != null && $Object.hasOwnProperty.call(m, "found") && m.found !== false)
                        w.uint32(8).bool(m.found);
                    if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== "")
                        w.uint32(18).string(m.deviceId);
                    if (m.accountUri != null && $Object.hasOwnProperty.call(m, "accountUri") && m.accountUri !== "")
                        w.uint32(26).string(m.accountUri);
                    if (m.addresses != null && m.addresses.length) {
                        for (var i = 0; i < m.addresses.length; ++i)
                            w.uint32(34).string(m.addresses[i]);
                    }
                    if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                        w.uint32(40).uint64(m.seq);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                FindDeviceResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.dht.v1.FindDeviceResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.found = v;
                                else
                                    delete m.found;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.deviceId = v;
                                else
                                    delete m.deviceId;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.accountUri = v;
                                else
                                    delete m.accountUri;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if (!(m.addresses && m.addresses.length))
                                    m.addresses = [];
                                m.addresses.push(r.stringVerify());
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.seq = v;
                                else
                                    delete m.seq;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                FindDeviceResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.dht.v1.FindDeviceResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.dht.v1.FindDeviceResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.dht.v1.FindDeviceResponse();
                    if (d.found != null) {
                        if (d.found) {
                            m.found = $Boolean(d.found);
                        }
                    }
                    if (d.deviceId != null) {
                        if (typeof d.deviceId !== "string" || d.deviceId.length) {
                            m.deviceId = $String(d.deviceId);
                        }
                    }
                    if (d.accountUri != null) {
                        if (typeof d.accountUri !== "string" || d.accountUri.length) {
                            m.accountUri = $String(d.accountUri);
                        }
                    }
                    if (d.addresses) {
                        if (!$Array.isArray(d.addresses))
                            throw $TypeError(".skarm.dht.v1.FindDeviceResponse.addresses: array expected");
                        m.addresses = $Array(d.addresses.length);
                        for (var i = 0; i < d.addresses.length; ++i) {
                            m.addresses[i] = $String(d.addresses[i]);
                        }
                    }
                    if (d.seq != null) {
                        if (typeof d.seq === "object" ? d.seq.low || d.seq.high : $Number(d.seq) !== 0) {
                            if ($util.Long)
                                m.seq = $util.Long.fromValue(d.seq, true);
                            else if (typeof d.seq === "string")
                                m.seq = $parseInt(d.seq, 10);
                            else if (typeof d.seq === "number")
                                m.seq = d.seq;
                            else if (typeof d.seq === "object")
                                m.seq = new $util.LongBits(d.seq.low >>> 0, d.seq.high >>> 0).toNumber(true);
                        }
                    }
                    return m;
                };

                FindDeviceResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.addresses = [];
                    }
                    if (o.defaults) {
                        d.found = false;
                        d.deviceId = "";
                        d.accountUri = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.seq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.seq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.found != null && $Object.hasOwnProperty.call(m, "found")) {
                        d.found = m.found;
                    }
                    if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                        d.deviceId = m.deviceId;
                    }
                    if (m.accountUri != null && $Object.hasOwnProperty.call(m, "accountUri")) {
                        d.accountUri = m.accountUri;
                    }
                    if (m.addresses && m.addresses.length) {
                        d.addresses = $Array(m.addresses.length);
                        for (var j = 0; j < m.addresses.length; ++j) {
                            d.addresses[j] = m.addresses[j];
                        }
                    }
                    if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.seq = typeof m.seq === "number" ? $BigInt(m.seq) : $util.Long.fromBits(m.seq.low >>> 0, m.seq.high >>> 0, true).toBigInt();
                        else if (typeof m.seq === "number")
                            d.seq = o.longs === $String ? $String(m.seq) : m.seq;
                        else
                            d.seq = o.longs === $String ? $util.Long.prototype.toString.call(m.seq) : o.longs === $Number ? new $util.LongBits(m.seq.low >>> 0, m.seq.high >>> 0).toNumber(true) : m.seq;
                    }
                    return d;
                };

                FindDeviceResponse.prototype.toJSON = function() {
                    return FindDeviceResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                FindDeviceResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.dht.v1.FindDeviceResponse";
                };

                return FindDeviceResponse;
            })();

            v1.FindAccountDevicesRequest = (function() {

                const FindAccountDevicesRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                FindAccountDevicesRequest.prototype.uri = "";

                FindAccountDevicesRequest.create = function(properties) {
                    return new FindAccountDevicesRequest(properties);
                };

                FindAccountDevicesRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.uri != null && $Object.hasOwnProperty.call(m, "uri") && m.uri !== "")
                        w.uint32(10).string(m.uri);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                FindAccountDevicesRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.dht.v1.FindAccountDevicesRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.uri = v;
                                else
                                    delete m.uri;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                FindAccountDevicesRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.dht.v1.FindAccountDevicesRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.dht.v1.FindAccountDevicesRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.dht.v1.FindAccountDevicesRequest();
                    if (d.uri != null) {
                        if (typeof d.uri !== "string" || d.uri.length) {
                            m.uri = $String(d.uri);
                        }
                    }
                    return m;
                };

                FindAccountDevicesRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.uri = "";
                    }
                    if (m.uri != null && $Object.hasOwnProperty.call(m, "uri")) {
                        d.uri = m.uri;
                    }
                    return d;
                };

                FindAccountDevicesRequest.prototype.toJSON = function() {
                    return FindAccountDevicesRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                FindAccountDevicesRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.dht.v1.FindAccountDevicesRequest";
                };

                return FindAccountDevicesRequest;
            })();

            v1.FindAccountDevicesResponse = (function() {

                const FindAccountDevicesResponse = function (p) {
                    this.deviceIds = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                FindAccountDevicesResponse.prototype.found = false;
                FindAccountDevicesResponse.prototype.deviceIds = $util.emptyArray;
                FindAccountDevicesResponse.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                FindAccountDevicesResponse.create = function(properties) {
                    return new FindAccountDevicesResponse(properties);
                };

                FindAccountDevicesResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.found != null && $Object.hasOwnProperty.call(m, "found") && m.found !== false)
                        w.uint32(8).bool(m.found);
                    if (m.deviceIds != null && m.deviceIds.length) {
                        for (var i = 0; i < m.deviceIds.length; ++i)
                            w.uint32(18).string(m.deviceIds[i]);
                    }
                    if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                        w.uint32(24).uint64(m.seq);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                FindAccountDevicesResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.dht.v1.FindAccountDevicesResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.found = v;
                                else
                                    delete m.found;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.deviceIds && m.deviceIds.length))
                                    m.deviceIds = [];
                                m.deviceIds.push(r.stringVerify());
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.seq = v;
                                else
                                    delete m.seq;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                FindAccountDevicesResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.dht.v1.FindAccountDevicesResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.dht.v1.FindAccountDevicesResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.dht.v1.FindAccountDevicesResponse();
                    if (d.found != null) {
                        if (d.found) {
                            m.found = $Boolean(d.found);
                        }
                    }
                    if (d.deviceIds) {
                        if (!$Array.isArray(d.deviceIds))
                            throw $TypeError(".skarm.dht.v1.FindAccountDevicesResponse.deviceIds: array expected");
                        m.deviceIds = $Array(d.deviceIds.length);
                        for (var i = 0; i < d.deviceIds.length; ++i) {
                            m.deviceIds[i] = $String(d.deviceIds[i]);
                        }
                    }
                    if (d.seq != null) {
                        if (typeof d.seq === "object" ? d.seq.low || d.seq.high : $Number(d.seq) !== 0) {
                            if ($util.Long)
                                m.seq = $util.Long.fromValue(d.seq, true);
                            else if (typeof d.seq === "string")
                                m.seq = $parseInt(d.seq, 10);
                            else if (typeof d.seq === "number")
                                m.seq = d.seq;
                            else if (typeof d.seq === "object")
                                m.seq = new $util.LongBits(d.seq.low >>> 0, d.seq.high >>> 0).toNumber(true);
                        }
                    }
                    return m;
                };

                FindAccountDevicesResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.deviceIds = [];
                    }
                    if (o.defaults) {
                        d.found = false;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.seq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.seq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.found != null && $Object.hasOwnProperty.call(m, "found")) {
                        d.found = m.found;
                    }
                    if (m.deviceIds && m.deviceIds.length) {
                        d.deviceIds = $Array(m.deviceIds.length);
                        for (var j = 0; j < m.deviceIds.length; ++j) {
                            d.deviceIds[j] = m.deviceIds[j];
                        }
                    }
                    if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.seq = typeof m.seq === "number" ? $BigInt(m.seq) : $util.Long.fromBits(m.seq.low >>> 0, m.seq.high >>> 0, true).toBigInt();
                        else if (typeof m.seq === "number")
                            d.seq = o.longs === $String ? $String(m.seq) : m.seq;
                        else
                            d.seq = o.longs === $String ? $util.Long.prototype.toString.call(m.seq) : o.longs === $Number ? new $util.LongBits(m.seq.low >>> 0, m.seq.high >>> 0).toNumber(true) : m.seq;
                    }
                    return d;
                };

                FindAccountDevicesResponse.prototype.toJSON = function() {
                    return FindAccountDevicesResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                FindAccountDevicesResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.dht.v1.FindAccountDevicesResponse";
                };

                return FindAccountDevicesResponse;
            })();

            v1.OfflineEntry = (function() {

                const OfflineEntry = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                OfflineEntry.prototype.kind = "";
                OfflineEntry.prototype.payloadJson = "";

                OfflineEntry.create = function(properties) {
                    return new OfflineEntry(properties);
                };

                OfflineEntry.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                        w.uint32(10).string(m.kind);
                    if (m.payloadJson != null && $Object.hasOwnProperty.call(m, "payloadJson") && m.payloadJson !== "")
                        w.uint32(18).string(m.payloadJson);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                OfflineEntry.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.dht.v1.OfflineEntry();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.kind = v;
                                else
                                    delete m.kind;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.payloadJson = v;
                                else
                                    delete m.payloadJson;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                OfflineEntry.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.dht.v1.OfflineEntry)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.dht.v1.OfflineEntry: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.dht.v1.OfflineEntry();
                    if (d.kind != null) {
                        if (typeof d.kind !== "string" || d.kind.length) {
                            m.kind = $String(d.kind);
                        }
                    }
                    if (d.payloadJson != null) {
                        if (typeof d.payloadJson !== "string" || d.payloadJson.length) {
                            m.payloadJson = $String(d.payloadJson);
                        }
                    }
                    return m;
                };

                OfflineEntry.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.kind = "";
                        d.payloadJson = "";
                    }
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                        d.kind = m.kind;
                    }
                    if (m.payloadJson != null && $Object.hasOwnProperty.call(m, "payloadJson")) {
                        d.payloadJson = m.payloadJson;
                    }
                    return d;
                };

                OfflineEntry.prototype.toJSON = function() {
                    return OfflineEntry.toObject(this, $protobuf.util.toJSONOptions);
                };

                OfflineEntry.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.dht.v1.OfflineEntry";
                };

                return OfflineEntry;
            })();

            v1.DeliverOfflineRequest = (function() {

                const DeliverOfflineRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                DeliverOfflineRequest.prototype.deviceId = "";
                DeliverOfflineRequest.prototype.entry = null;

                DeliverOfflineRequest.create = function(properties) {
                    return new DeliverOfflineRequest(properties);
                };

                DeliverOfflineRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== "")
                        w.uint32(10).string(m.deviceId);
                    if (m.entry != null && $Object.hasOwnProperty.call(m, "entry"))
                        $root.skarm.dht.v1.OfflineEntry.encode(m.entry, w.uint32(18).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                DeliverOfflineRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.dht.v1.DeliverOfflineRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.deviceId = v;
                                else
                                    delete m.deviceId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                m.entry = $root.skarm.dht.v1.OfflineEntry.decode(r, r.size(), $undefined, q + 1, m.entry);
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                DeliverOfflineRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.dht.v1.DeliverOfflineRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.dht.v1.DeliverOfflineRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.dht.v1.DeliverOfflineRequest();
                    if (d.deviceId != null) {
                        if (typeof d.deviceId !== "string" || d.deviceId.length) {
                            m.deviceId = $String(d.deviceId);
                        }
                    }
                    if (d.entry != null) {
                        if (!$util.isObject(d.entry))
                            throw $TypeError(".skarm.dht.v1.DeliverOfflineRequest.entry: object expected");
                        m.entry = $root.skarm.dht.v1.OfflineEntry.fromObject(d.entry, q + 1);
                    }
                    return m;
                };

                DeliverOfflineRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.deviceId = "";
                        d.entry = null;
                    }
                    if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                        d.deviceId = m.deviceId;
                    }
                    if (m.entry != null && $Object.hasOwnProperty.call(m, "entry")) {
                        d.entry = $root.skarm.dht.v1.OfflineEntry.toObject(m.entry, o, q + 1);
                    }
                    return d;
                };

                DeliverOfflineRequest.prototype.toJSON = function() {
                    return DeliverOfflineRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                DeliverOfflineRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.dht.v1.DeliverOfflineRequest";
                };

                return DeliverOfflineRequest;
            })();

            v1.DeliverOfflineResponse = (function() {

                const DeliverOfflineResponse = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                DeliverOfflineResponse.prototype.entryId = "";
                DeliverOfflineResponse.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                DeliverOfflineResponse.create = function(properties) {
                    return new DeliverOfflineResponse(properties);
                };

                DeliverOfflineResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.entryId != null && $Object.hasOwnProperty.call(m, "entryId") && m.entryId !== "")
                        w.uint32(10).string(m.entryId);
                    if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs") && (typeof m.expiresAtMs === "object" ? m.expiresAtMs.low || m.expiresAtMs.high : m.expiresAtMs !== 0))
                        w.uint32(16).uint64(m.expiresAtMs);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                DeliverOfflineResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.dht.v1.DeliverOfflineResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.entryId = v;
                                else
                                    delete m.entryId;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.expiresAtMs = v;
                                else
                                    delete m.expiresAtMs;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                DeliverOfflineResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.dht.v1.DeliverOfflineResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.dht.v1.DeliverOfflineResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.dht.v1.DeliverOfflineResponse();
                    if (d.entryId != null) {
                        if (typeof d.entryId !== "string" || d.entryId.length) {
                            m.entryId = $String(d.entryId);
                        }
                    }
                    if (d.expiresAtMs != null) {
                        if (typeof d.expiresAtMs === "object" ? d.expiresAtMs.low || d.expiresAtMs.high : $Number(d.expiresAtMs) !== 0) {
                            if ($util.Long)
                                m.expiresAtMs = $util.Long.fromValue(d.expiresAtMs, true);
                            else if (typeof d.expiresAtMs === "string")
                                m.expiresAtMs = $parseInt(d.expiresAtMs, 10);
                            else if (typeof d.expiresAtMs === "number")
                                m.expiresAtMs = d.expiresAtMs;
                            else if (typeof d.expiresAtMs === "object")
                                m.expiresAtMs = new $util.LongBits(d.expiresAtMs.low >>> 0, d.expiresAtMs.high >>> 0).toNumber(true);
                        }
                    }
                    return m;
                };

                DeliverOfflineResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.entryId = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.expiresAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.expiresAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.entryId != null && $Object.hasOwnProperty.call(m, "entryId")) {
                        d.entryId = m.entryId;
                    }
                    if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.expiresAtMs = typeof m.expiresAtMs === "number" ? $BigInt(m.expiresAtMs) : $util.Long.fromBits(m.expiresAtMs.low >>> 0, m.expiresAtMs.high >>> 0, true).toBigInt();
                        else if (typeof m.expiresAtMs === "number")
                            d.expiresAtMs = o.longs === $String ? $String(m.expiresAtMs) : m.expiresAtMs;
                        else
                            d.expiresAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.expiresAtMs) : o.longs === $Number ? new $util.LongBits(m.expiresAtMs.low >>> 0, m.expiresAtMs.high >>> 0).toNumber(true) : m.expiresAtMs;
                    }
                    return d;
                };

                DeliverOfflineResponse.prototype.toJSON = function() {
                    return DeliverOfflineResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                DeliverOfflineResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.dht.v1.DeliverOfflineResponse";
                };

                return DeliverOfflineResponse;
            })();

            v1.PollInboxRequest = (function() {

                const PollInboxRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                PollInboxRequest.create = function(properties) {
                    return new PollInboxRequest(properties);
                };

                PollInboxRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                PollInboxRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.dht.v1.PollInboxRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        r.skipType(t & 7, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                PollInboxRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.dht.v1.PollInboxRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.dht.v1.PollInboxRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.skarm.dht.v1.PollInboxRequest();
                };

                PollInboxRequest.toObject = function () {
                    return {};
                };

                PollInboxRequest.prototype.toJSON = function() {
                    return PollInboxRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                PollInboxRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.dht.v1.PollInboxRequest";
                };

                return PollInboxRequest;
            })();

            v1.PollInboxResponse = (function() {

                const PollInboxResponse = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                PollInboxResponse.prototype.newEntries = 0;

                PollInboxResponse.create = function(properties) {
                    return new PollInboxResponse(properties);
                };

                PollInboxResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.newEntries != null && $Object.hasOwnProperty.call(m, "newEntries") && m.newEntries !== 0)
                        w.uint32(8).uint32(m.newEntries);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                PollInboxResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.dht.v1.PollInboxResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.newEntries = v;
                                else
                                    delete m.newEntries;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                PollInboxResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.dht.v1.PollInboxResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.dht.v1.PollInboxResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.dht.v1.PollInboxResponse();
                    if (d.newEntries != null) {
                        if ($Number(d.newEntries) !== 0) {
                            m.newEntries = d.newEntries >>> 0;
                        }
                    }
                    return m;
                };

                PollInboxResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.newEntries = 0;
                    }
                    if (m.newEntries != null && $Object.hasOwnProperty.call(m, "newEntries")) {
                        d.newEntries = m.newEntries;
                    }
                    return d;
                };

                PollInboxResponse.prototype.toJSON = function() {
                    return PollInboxResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                PollInboxResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.dht.v1.PollInboxResponse";
                };

                return PollInboxResponse;
            })();

            v1.PublishRecordsRequest = (function() {

                const PublishRecordsRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                PublishRecordsRequest.create = function(properties) {
                    return new PublishRecordsRequest(properties);
                };

                PublishRecordsRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                PublishRecordsRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.dht.v1.PublishRecordsRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        r.skipType(t & 7, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                PublishRecordsRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.dht.v1.PublishRecordsRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.dht.v1.PublishRecordsRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.skarm.dht.v1.PublishRecordsRequest();
                };

                PublishRecordsRequest.toObject = function () {
                    return {};
                };

                PublishRecordsRequest.prototype.toJSON = function() {
                    return PublishRecordsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                PublishRecordsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.dht.v1.PublishRecordsRequest";
                };

                return PublishRecordsRequest;
            })();

            v1.PublishRecordsResponse = (function() {

                const PublishRecordsResponse = function (p) {
                    this.addresses = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                PublishRecordsResponse.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                PublishRecordsResponse.prototype.addresses = $util.emptyArray;

                PublishRecordsResponse.create = function(properties) {
                    return new PublishRecordsResponse(properties);
                };

                PublishRecordsResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                        w.uint32(8).uint64(m.seq);
                    if (m.addresses != null && m.addresses.length) {
                        for (var i = 0; i < m.addresses.length; ++i)
                            w.uint32(18).string(m.addresses[i]);
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                PublishRecordsResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.dht.v1.PublishRecordsResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.seq = v;
                                else
                                    delete m.seq;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.addresses && m.addresses.length))
                                    m.addresses = [];
                                m.addresses.push(r.stringVerify());
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                PublishRecordsResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.dht.v1.PublishRecordsResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.dht.v1.PublishRecordsResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.dht.v1.PublishRecordsResponse();
                    if (d.seq != null) {
                        if (typeof d.seq === "object" ? d.seq.low || d.seq.high : $Number(d.seq) !== 0) {
                            if ($util.Long)
                                m.seq = $util.Long.fromValue(d.seq, true);
                            else if (typeof d.seq === "string")
                                m.seq = $parseInt(d.seq, 10);
                            else if (typeof d.seq === "number")
                                m.seq = d.seq;
                            else if (typeof d.seq === "object")
                                m.seq = new $util.LongBits(d.seq.low >>> 0, d.seq.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.addresses) {
                        if (!$Array.isArray(d.addresses))
                            throw $TypeError(".skarm.dht.v1.PublishRecordsResponse.addresses: array expected");
                        m.addresses = $Array(d.addresses.length);
                        for (var i = 0; i < d.addresses.length; ++i) {
                            m.addresses[i] = $String(d.addresses[i]);
                        }
                    }
                    return m;
                };

                PublishRecordsResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.addresses = [];
                    }
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.seq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.seq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.seq = typeof m.seq === "number" ? $BigInt(m.seq) : $util.Long.fromBits(m.seq.low >>> 0, m.seq.high >>> 0, true).toBigInt();
                        else if (typeof m.seq === "number")
                            d.seq = o.longs === $String ? $String(m.seq) : m.seq;
                        else
                            d.seq = o.longs === $String ? $util.Long.prototype.toString.call(m.seq) : o.longs === $Number ? new $util.LongBits(m.seq.low >>> 0, m.seq.high >>> 0).toNumber(true) : m.seq;
                    }
                    if (m.addresses && m.addresses.length) {
                        d.addresses = $Array(m.addresses.length);
                        for (var j = 0; j < m.addresses.length; ++j) {
                            d.addresses[j] = m.addresses[j];
                        }
                    }
                    return d;
                };

                PublishRecordsResponse.prototype.toJSON = function() {
                    return PublishRecordsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                PublishRecordsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.dht.v1.PublishRecordsResponse";
                };

                return PublishRecordsResponse;
            })();

            v1.OfflineEntryReceived = (function() {

                const OfflineEntryReceived = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                OfflineEntryReceived.prototype.entryId = "";
                OfflineEntryReceived.prototype.fromDeviceId = "";
                OfflineEntryReceived.prototype.toDeviceId = "";
                OfflineEntryReceived.prototype.kind = "";
                OfflineEntryReceived.prototype.payloadJson = "";
                OfflineEntryReceived.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                OfflineEntryReceived.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                OfflineEntryReceived.create = function(properties) {
                    return new OfflineEntryReceived(properties);
                };

                OfflineEntryReceived.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.entryId != null && $Object.hasOwnProperty.call(m, "entryId") && m.entryId !== "")
                        w.uint32(10).string(m.entryId);
                    if (m.fromDeviceId != null && $Object.hasOwnProperty.call(m, "fromDeviceId") && m.fromDeviceId !== "")
                        w.uint32(18).string(m.fromDeviceId);
                    if (m.toDeviceId != null && $Object.hasOwnProperty.call(m, "toDeviceId") && m.toDeviceId !== "")
                        w.uint32(26).string(m.toDeviceId);
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                        w.uint32(34).string(m.kind);
                    if (m.payloadJson != null && $Object.hasOwnProperty.call(m, "payloadJson") && m.payloadJson !== "")
                        w.uint32(42).string(m.payloadJson);
                    if (m.sentAtMs != null && $Object.hasOwnProperty.call(m, "sentAtMs") && (typeof m.sentAtMs === "object" ? m.sentAtMs.low || m.sentAtMs.high : m.sentAtMs !== 0))
                        w.uint32(48).uint64(m.sentAtMs);
                    if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs") && (typeof m.expiresAtMs === "object" ? m.expiresAtMs.low || m.expiresAtMs.high : m.expiresAtMs !== 0))
                        w.uint32(56).uint64(m.expiresAtMs);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                OfflineEntryReceived.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.dht.v1.OfflineEntryReceived();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.entryId = v;
                                else
                                    delete m.entryId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.fromDeviceId = v;
                                else
                                    delete m.fromDeviceId;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.toDeviceId = v;
                                else
                                    delete m.toDeviceId;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.kind = v;
                                else
                                    delete m.kind;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.payloadJson = v;
                                else
                                    delete m.payloadJson;
                                continue;
                            }
                        case 6: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.sentAtMs = v;
                                else
                                    delete m.sentAtMs;
                                continue;
                            }
                        case 7: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.expiresAtMs = v;
                                else
                                    delete m.expiresAtMs;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                OfflineEntryReceived.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.dht.v1.OfflineEntryReceived)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.dht.v1.OfflineEntryReceived: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.dht.v1.OfflineEntryReceived();
                    if (d.entryId != null) {
                        if (typeof d.entryId !== "string" || d.entryId.length) {
                            m.entryId = $String(d.entryId);
                        }
                    }
                    if (d.fromDeviceId != null) {
                        if (typeof d.fromDeviceId !== "string" || d.fromDeviceId.length) {
                            m.fromDeviceId = $String(d.fromDeviceId);
                        }
                    }
                    if (d.toDeviceId != null) {
                        if (typeof d.toDeviceId !== "string" || d.toDeviceId.length) {
                            m.toDeviceId = $String(d.toDeviceId);
                        }
                    }
                    if (d.kind != null) {
                        if (typeof d.kind !== "string" || d.kind.length) {
                            m.kind = $String(d.kind);
                        }
                    }
                    if (d.payloadJson != null) {
                        if (typeof d.payloadJson !== "string" || d.payloadJson.length) {
                            m.payloadJson = $String(d.payloadJson);
                        }
                    }
                    if (d.sentAtMs != null) {
                        if (typeof d.sentAtMs === "object" ? d.sentAtMs.low || d.sentAtMs.high : $Number(d.sentAtMs) !== 0) {
                            if ($util.Long)
                                m.sentAtMs = $util.Long.fromValue(d.sentAtMs, true);
                            else if (typeof d.sentAtMs === "string")
                                m.sentAtMs = $parseInt(d.sentAtMs, 10);
                            else if (typeof d.sentAtMs === "number")
                                m.sentAtMs = d.sentAtMs;
                            else if (typeof d.sentAtMs === "object")
                                m.sentAtMs = new $util.LongBits(d.sentAtMs.low >>> 0, d.sentAtMs.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.expiresAtMs != null) {
                        if (typeof d.expiresAtMs === "object" ? d.expiresAtMs.low || d.expiresAtMs.high : $Number(d.expiresAtMs) !== 0) {
                            if ($util.Long)
                                m.expiresAtMs = $util.Long.fromValue(d.expiresAtMs, true);
                            else if (typeof d.expiresAtMs === "string")
                                m.expiresAtMs = $parseInt(d.expiresAtMs, 10);
                            else if (typeof d.expiresAtMs === "number")
                                m.expiresAtMs = d.expiresAtMs;
                            else if (typeof d.expiresAtMs === "object")
                                m.expiresAtMs = new $util.LongBits(d.expiresAtMs.low >>> 0, d.expiresAtMs.high >>> 0).toNumber(true);
                        }
                    }
                    return m;
                };

                OfflineEntryReceived.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.entryId = "";
                        d.fromDeviceId = "";
                        d.toDeviceId = "";
                        d.kind = "";
                        d.payloadJson = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.sentAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.sentAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.expiresAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.expiresAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.entryId != null && $Object.hasOwnProperty.call(m, "entryId")) {
                        d.entryId = m.entryId;
                    }
                    if (m.fromDeviceId != null && $Object.hasOwnProperty.call(m, "fromDeviceId")) {
                        d.fromDeviceId = m.fromDeviceId;
                    }
                    if (m.toDeviceId != null && $Object.hasOwnProperty.call(m, "toDeviceId")) {
                        d.toDeviceId = m.toDeviceId;
                    }
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                        d.kind = m.kind;
                    }
                    if (m.payloadJson != null && $Object.hasOwnProperty.call(m, "payloadJson")) {
                        d.payloadJson = m.payloadJson;
                    }
                    if (m.sentAtMs != null && $Object.hasOwnProperty.call(m, "sentAtMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.sentAtMs = typeof m.sentAtMs === "number" ? $BigInt(m.sentAtMs) : $util.Long.fromBits(m.sentAtMs.low >>> 0, m.sentAtMs.high >>> 0, true).toBigInt();
                        else if (typeof m.sentAtMs === "number")
                            d.sentAtMs = o.longs === $String ? $String(m.sentAtMs) : m.sentAtMs;
                        else
                            d.sentAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.sentAtMs) : o.longs === $Number ? new $util.LongBits(m.sentAtMs.low >>> 0, m.sentAtMs.high >>> 0).toNumber(true) : m.sentAtMs;
                    }
                    if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.expiresAtMs = typeof m.expiresAtMs === "number" ? $BigInt(m.expiresAtMs) : $util.Long.fromBits(m.expiresAtMs.low >>> 0, m.expiresAtMs.high >>> 0, true).toBigInt();
                        else if (typeof m.expiresAtMs === "number")
                            d.expiresAtMs = o.longs === $String ? $String(m.expiresAtMs) : m.expiresAtMs;
                        else
                            d.expiresAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.expiresAtMs) : o.longs === $Number ? new $util.LongBits(m.expiresAtMs.low >>> 0, m.expiresAtMs.high >>> 0).toNumber(true) : m.expiresAtMs;
                    }
                    return d;
                };

                OfflineEntryReceived.prototype.toJSON = function() {
                    return OfflineEntryReceived.toObject(this, $protobuf.util.toJSONOptions);
                };

                OfflineEntryReceived.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.dht.v1.OfflineEntryReceived";
                };

                return OfflineEntryReceived;
            })();

            v1.Push = (function() {

                const Push = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                Push.prototype.deviceId = "";
                Push.prototype.reason = "";
                Push.prototype.entryId = "";
                Push.prototype.fromDeviceId = "";

                Push.create = function(properties) {
                    return new Push(properties);
                };

                Push.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== "")
                        w.uint32(10).string(m.deviceId);
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                        w.uint32(18).string(m.reason);
                    if (m.entryId != null && $Object.hasOwnProperty.call(m, "entryId") && m.entryId !== "")
                        w.uint32(26).string(m.entryId);
                    if (m.fromDeviceId != null && $Object.hasOwnProperty.call(m, "fromDeviceId") && m.fromDeviceId !== "")
                        w.uint32(34).string(m.fromDeviceId);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                Push.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.dht.v1.Push();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.deviceId = v;
                                else
                                    delete m.deviceId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.reason = v;
                                else
                                    delete m.reason;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.entryId = v;
                                else
                                    delete m.entryId;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.fromDeviceId = v;
                                else
                                    delete m.fromDeviceId;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                Push.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.dht.v1.Push)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.dht.v1.Push: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.dht.v1.Push();
                    if (d.deviceId != null) {
                        if (typeof d.deviceId !== "string" || d.deviceId.length) {
                            m.deviceId = $String(d.deviceId);
                        }
                    }
                    if (d.reason != null) {
                        if (typeof d.reason !== "string" || d.reason.length) {
                            m.reason = $String(d.reason);
                        }
                    }
                    if (d.entryId != null) {
                        if (typeof d.entryId !== "string" || d.entryId.length) {
                            m.entryId = $String(d.entryId);
                        }
                    }
                    if (d.fromDeviceId != null) {
                        if (typeof d.fromDeviceId !== "string" || d.fromDeviceId.length) {
                            m.fromDeviceId = $String(d.fromDeviceId);
                        }
                    }
                    return m;
                };

                Push.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.deviceId = "";
                        d.reason = "";
                        d.entryId = "";
                        d.fromDeviceId = "";
                    }
                    if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                        d.deviceId = m.deviceId;
                    }
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                        d.reason = m.reason;
                    }
                    if (m.entryId != null && $Object.hasOwnProperty.call(m, "entryId")) {
                        d.entryId = m.entryId;
                    }
                    if (m.fromDeviceId != null && $Object.hasOwnProperty.call(m, "fromDeviceId")) {
                        d.fromDeviceId = m.fromDeviceId;
                    }
                    return d;
                };

                Push.prototype.toJSON = function() {
                    return Push.toObject(this, $protobuf.util.toJSONOptions);
                };

                Push.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.dht.v1.Push";
                };

                return Push;
            })();

            return v1;
        })();

        return dht;
    })();

    skarm.events = (function() {

        const events = {};

        events.v1 = (function() {

            const v1 = {};

            v1.MessageReceived = (function() {

                const MessageReceived = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                MessageReceived.prototype.conversationId = "";
                MessageReceived.prototype.message = null;

                MessageReceived.create = function(properties) {
                    return new MessageReceived(properties);
                };

                MessageReceived.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                        w.uint32(10).string(m.conversationId);
                    if (m.message != null && $Object.hasOwnProperty.call(m, "message"))
                        $root.skarm.store.v1.Message.encode(m.message, w.uint32(18).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                MessageReceived.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.events.v1.MessageReceived();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.conversationId = v;
                                else
                                    delete m.conversationId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                m.message = $root.skarm.store.v1.Message.decode(r, r.size(), $undefined, q + 1, m.message);
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                MessageReceived.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.events.v1.MessageReceived)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.events.v1.MessageReceived: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.events.v1.MessageReceived();
                    if (d.conversationId != null) {
                        if (typeof d.conversationId !== "string" || d.conversationId.length) {
                            m.conversationId = $String(d.conversationId);
                        }
                    }
                    if (d.message != null) {
                        if (!$util.isObject(d.message))
                            throw $TypeError(".skarm.events.v1.MessageReceived.message: object expected");
                        m.message = $root.skarm.store.v1.Message.fromObject(d.message, q + 1);
                    }
                    return m;
                };

                MessageReceived.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.conversationId = "";
                        d.message = null;
                    }
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                        d.conversationId = m.conversationId;
                    }
                    if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                        d.message = $root.skarm.store.v1.Message.toObject(m.message, o, q + 1);
                    }
                    return d;
                };

                MessageReceived.prototype.toJSON = function() {
                    return MessageReceived.toObject(this, $protobuf.util.toJSONOptions);
                };

                MessageReceived.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.events.v1.MessageReceived";
                };

                return MessageReceived;
            })();

            v1.ConversationReady = (function() {

                const ConversationReady = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ConversationReady.prototype.conversationId = "";

                ConversationReady.create = function(properties) {
                    return new ConversationReady(properties);
                };

                ConversationReady.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                        w.uint32(10).string(m.conversationId);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ConversationReady.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.events.v1.ConversationReady();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.conversationId = v;
                                else
                                    delete m.conversationId;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ConversationReady.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.events.v1.ConversationReady)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.events.v1.ConversationReady: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.events.v1.ConversationReady();
                    if (d.conversationId != null) {
                        if (typeof d.conversationId !== "string" || d.conversationId.length) {
                            m.conversationId = $String(d.conversationId);
                        }
                    }
                    return m;
                };

                ConversationReady.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.conversationId = "";
                    }
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                        d.conversationId = m.conversationId;
                    }
                    return d;
                };

                ConversationReady.prototype.toJSON = function() {
                    return ConversationReady.toObject(this, $protobuf.util.toJSONOptions);
                };

                ConversationReady.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.events.v1.ConversationReady";
                };

                return ConversationReady;
            })();

            v1.ConversationRemoved = (function() {

                const ConversationRemoved = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ConversationRemoved.prototype.conversationId = "";

                ConversationRemoved.create = function(properties) {
                    return new ConversationRemoved(properties);
                };

                ConversationRemoved.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                        w.uint32(10).string(m.conversationId);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ConversationRemoved.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.events.v1.ConversationRemoved();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.conversationId = v;
                                else
                                    delete m.conversationId;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ConversationRemoved.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.events.v1.ConversationRemoved)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.events.v1.ConversationRemoved: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.events.v1.ConversationRemoved();
                    if (d.conversationId != null) {
                        if (typeof d.conversationId !== "string" || d.conversationId.length) {
                            m.conversationId = $String(d.conversationId);
                        }
                    }
                    return m;
                };

                ConversationRemoved.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.conversationId = "";
                    }
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                        d.conversationId = m.conversationId;
                    }
                    return d;
                };

                ConversationRemoved.prototype.toJSON = function() {
                    return ConversationRemoved.toObject(this, $protobuf.util.toJSONOptions);
                };

                ConversationRemoved.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.events.v1.ConversationRemoved";
                };

                return ConversationRemoved;
            })();

            v1.ConversationMemberEvent = (function() {

                const ConversationMemberEvent = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ConversationMemberEvent.prototype.conversationId = "";
                ConversationMemberEvent.prototype.memberUri = "";
                ConversationMemberEvent.prototype.event = 0;

                ConversationMemberEvent.create = function(properties) {
                    return new ConversationMemberEvent(properties);
                };

                ConversationMemberEvent.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                        w.uint32(10).string(m.conversationId);
                    if (m.memberUri != null && $Object.hasOwnProperty.call(m, "memberUri") && m.memberUri !== "")
                        w.uint32(18).string(m.memberUri);
                    if (m.event != null && $Object.hasOwnProperty.call(m, "event") && m.event !== 0)
                        w.uint32(24).uint32(m.event);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ConversationMemberEvent.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.events.v1.ConversationMemberEvent();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.conversationId = v;
                                else
                                    delete m.conversationId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.memberUri = v;
                                else
                                    delete m.memberUri;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.event = v;
                                else
                                    delete m.event;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ConversationMemberEvent.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.events.v1.ConversationMemberEvent)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.events.v1.ConversationMemberEvent: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.events.v1.ConversationMemberEvent();
                    if (d.conversationId != null) {
                        if (typeof d.conversationId !== "string" || d.conversationId.length) {
                            m.conversationId = $String(d.conversationId);
                        }
                    }
                    if (d.memberUri != null) {
                        if (typeof d.memberUri !== "string" || d.memberUri.length) {
                            m.memberUri = $String(d.memberUri);
                        }
                    }
                    if (d.event != null) {
                        if ($Number(d.event) !== 0) {
                            m.event = d.event >>> 0;
                        }
                    }
                    return m;
                };

                ConversationMemberEvent.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.conversationId = "";
                        d.memberUri = "";
                        d.event = 0;
                    }
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                        d.conversationId = m.conversationId;
                    }
                    if (m.memberUri != null && $Object.hasOwnProperty.call(m, "memberUri")) {
                        d.memberUri = m.memberUri;
                    }
                    if (m.event != null && $Object.hasOwnProperty.call(m, "event")) {
                        d.event = m.event;
                    }
                    return d;
                };

                ConversationMemberEvent.prototype.toJSON = function() {
                    return ConversationMemberEvent.toObject(this, $protobuf.util.toJSONOptions);
                };

                ConversationMemberEvent.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.events.v1.ConversationMemberEvent";
                };

                return ConversationMemberEvent;
            })();

            v1.ConversationProfileUpdated = (function() {

                const ConversationProfileUpdated = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ConversationProfileUpdated.prototype.conversationId = "";
                ConversationProfileUpdated.prototype.title = "";
                ConversationProfileUpdated.prototype.description = "";
                ConversationProfileUpdated.prototype.avatar = "";

                ConversationProfileUpdated.create = function(properties) {
                    return new ConversationProfileUpdated(properties);
                };

                ConversationProfileUpdated.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                        w.uint32(10).string(m.conversationId);
                    if (m.title != null && $Object.hasOwnProperty.call(m, "title") && m.title !== "")
                        w.uint32(18).string(m.title);
                    if (m.description != null && $Object.hasOwnProperty.call(m, "description") && m.description !== "")
                        w.uint32(26).string(m.description);
                    if (m.avatar != null && $Object.hasOwnProperty.call(m, "avatar") && m.avatar !== "")
                        w.uint32(34).string(m.avatar);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ConversationProfileUpdated.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.events.v1.ConversationProfileUpdated();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.conversationId = v;
                                else
                                    delete m.conversationId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.title = v;
                                else
                                    delete m.title;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.description = v;
                                else
                                    delete m.description;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.avatar = v;
                                else
                                    delete m.avatar;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ConversationProfileUpdated.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.events.v1.ConversationProfileUpdated)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.events.v1.ConversationProfileUpdated: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.events.v1.ConversationProfileUpdated();
                    if (d.conversationId != null) {
                        if (typeof d.conversationId !== "string" || d.conversationId.length) {
                            m.conversationId = $String(d.conversationId);
                        }
                    }
                    if (d.title != null) {
                        if (typeof d.title !== "string" || d.title.length) {
                            m.title = $String(d.title);
                        }
                    }
                    if (d.description != null) {
                        if (typeof d.description !== "string" || d.description.length) {
                            m.description = $String(d.description);
                        }
                    }
                    if (d.avatar != null) {
                        if (typeof d.avatar !== "string" || d.avatar.length) {
                            m.avatar = $String(d.avatar);
                        }
                    }
                    return m;
                };

                ConversationProfileUpdated.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.conversationId = "";
                        d.title = "";
                        d.description = "";
                        d.avatar = "";
                    }
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                        d.conversationId = m.conversationId;
                    }
                    if (m.title != null && $Object.hasOwnProperty.call(m, "title")) {
                        d.title = m.title;
                    }
                    if (m.description != null && $Object.hasOwnProperty.call(m, "description")) {
                        d.description = m.description;
                    }
                    if (m.avatar != null && $Object.hasOwnProperty.call(m, "avatar")) {
                        d.avatar = m.avatar;
                    }
                    return d;
                };

                ConversationProfileUpdated.prototype.toJSON = function() {
                    return ConversationProfileUpdated.toObject(this, $protobuf.util.toJSONOptions);
                };

                ConversationProfileUpdated.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.events.v1.ConversationProfileUpdated";
                };

                return ConversationProfileUpdated;
            })();

            v1.ConversationPreferencesUpdated = (function() {

                const ConversationPreferencesUpdated = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ConversationPreferencesUpdated.prototype.conversationId = "";
                ConversationPreferencesUpdated.prototype.preferences = null;

                ConversationPreferencesUpdated.create = function(properties) {
                    return new ConversationPreferencesUpdated(properties);
                };

                ConversationPreferencesUpdated.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                        w.uint32(10).string(m.conversationId);
                    if (m.preferences != null && $Object.hasOwnProperty.call(m, "preferences"))
                        $root.skarm.store.v1.Preferences.encode(m.preferences, w.uint32(18).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ConversationPreferencesUpdated.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.events.v1.ConversationPreferencesUpdated();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.conversationId = v;
                                else
                                    delete m.conversationId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                m.preferences = $root.skarm.store.v1.Preferences.decode(r, r.size(), $undefined, q + 1, m.preferences);
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ConversationPreferencesUpdated.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.events.v1.ConversationPreferencesUpdated)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.events.v1.ConversationPreferencesUpdated: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.events.v1.ConversationPreferencesUpdated();
                    if (d.conversationId != null) {
                        if (typeof d.conversationId !== "string" || d.conversationId.length) {
                            m.conversationId = $String(d.conversationId);
                        }
                    }
                    if (d.preferences != null) {
                        if (!$util.isObject(d.preferences))
                            throw $TypeError(".skarm.events.v1.ConversationPreferencesUpdated.preferences: object expected");
                        m.preferences = $root.skarm.store.v1.Preferences.fromObject(d.preferences, q + 1);
                    }
                    return m;
                };

                ConversationPreferencesUpdated.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.conversationId = "";
                        d.preferences = null;
                    }
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                        d.conversationId = m.conversationId;
                    }
                    if (m.preferences != null && $Object.hasOwnProperty.call(m, "preferences")) {
                        d.preferences = $root.skarm.store.v1.Preferences.toObject(m.preferences, o, q + 1);
                    }
                    return d;
                };

                ConversationPreferencesUpdated.prototype.toJSON = function() {
                    return ConversationPreferencesUpdated.toObject(this, $protobuf.util.toJSONOptions);
                };

                ConversationPreferencesUpdated.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.events.v1.ConversationPreferencesUpdated";
                };

                return ConversationPreferencesUpdated;
            })();

            v1.ConversationSyncFinished = (function() {

                const ConversationSyncFinished = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ConversationSyncFinished.prototype.conversationId = "";

                ConversationSyncFinished.create = function(properties) {
                    return new ConversationSyncFinished(properties);
                };

                ConversationSyncFinished.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                        w.uint32(10).string(m.conversationId);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ConversationSyncFinished.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.events.v1.ConversationSyncFinished();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.conversationId = v;
                                else
                                    delete m.conversationId;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ConversationSyncFinished.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.events.v1.ConversationSyncFinished)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.events.v1.ConversationSyncFinished: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.events.v1.ConversationSyncFinished();
                    if (d.conversationId != null) {
                        if (typeof d.conversationId !== "string" || d.conversationId.length) {
                            m.conversationId = $String(d.conversationId);
                        }
                    }
                    return m;
                };

                ConversationSyncFinished.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.conversationId = "";
                    }
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                        d.conversationId = m.conversationId;
                    }
                    return d;
                };

                ConversationSyncFinished.prototype.toJSON = function() {
                    return ConversationSyncFinished.toObject(this, $protobuf.util.toJSONOptions);
                };

                ConversationSyncFinished.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.events.v1.ConversationSyncFinished";
                };

                return ConversationSyncFinished;
            })();

            v1.OnConversationError = (function() {

                const OnConversationError = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                OnConversationError.prototype.conversationId = "";
                OnConversationError.prototype.code = 0;
                OnConversationError.prototype.what = "";

                OnConversationError.create = function(properties) {
                    return new OnConversationError(properties);
                };

                OnConversationError.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                        w.uint32(10).string(m.conversationId);
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== 0)
                        w.uint32(16).uint32(m.code);
                    if (m.what != null && $Object.hasOwnProperty.call(m, "what") && m.what !== "")
                        w.uint32(26).string(m.what);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                OnConversationError.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.events.v1.OnConversationError();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.conversationId = v;
                                else
                                    delete m.conversationId;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.code = v;
                                else
                                    delete m.code;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.what = v;
                                else
                                    delete m.what;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                OnConversationError.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.events.v1.OnConversationError)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.events.v1.OnConversationError: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.events.v1.OnConversationError();
                    if (d.conversationId != null) {
                        if (typeof d.conversationId !== "string" || d.conversationId.length) {
                            m.conversationId = $String(d.conversationId);
                        }
                    }
                    if (d.code != null) {
                        if ($Number(d.code) !== 0) {
                            m.code = d.code >>> 0;
                        }
                    }
                    if (d.what != null) {
                        if (typeof d.what !== "string" || d.what.length) {
                            m.what = $String(d.what);
                        }
                    }
                    return m;
                };

                OnConversationError.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.conversationId = "";
                        d.code = 0;
                        d.what = "";
                    }
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                        d.conversationId = m.conversationId;
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        d.code = m.code;
                    }
                    if (m.what != null && $Object.hasOwnProperty.call(m, "what")) {
                        d.what = m.what;
                    }
                    return d;
                };

                OnConversationError.prototype.toJSON = function() {
                    return OnConversationError.toObject(this, $protobuf.util.toJSONOptions);
                };

                OnConversationError.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.events.v1.OnConversationError";
                };

                return OnConversationError;
            })();

            v1.ConversationRequestReceived = (function() {

                const ConversationRequestReceived = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ConversationRequestReceived.prototype.conversationId = "";
                ConversationRequestReceived.prototype.from = "";
                ConversationRequestReceived.prototype.received = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
                ConversationRequestReceived.prototype.title = "";
                ConversationRequestReceived.prototype.description = "";
                ConversationRequestReceived.prototype.avatar = "";

                ConversationRequestReceived.create = function(properties) {
                    return new ConversationRequestReceived(properties);
                };

                ConversationRequestReceived.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                        w.uint32(10).string(m.conversationId);
                    if (m.from != null && $Object.hasOwnProperty.call(m, "from") && m.from !== "")
                        w.uint32(18).string(m.from);
                    if (m.received != null && $Object.hasOwnProperty.call(m, "received") && (typeof m.received === "object" ? m.received.low || m.received.high : m.received !== 0))
                        w.uint32(24).int64(m.received);
                    if (m.title != null && $Object.hasOwnProperty.call(m, "title") && m.title !== "")
                        w.uint32(34).string(m.title);
                    if (m.description != null && $Object.hasOwnProperty.call(m, "description") && m.description !== "")
                        w.uint32(42).string(m.description);
                    if (m.avatar != null && $Object.hasOwnProperty.call(m, "avatar") && m.avatar !== "")
                        w.uint32(50).string(m.avatar);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ConversationRequestReceived.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.events.v1.ConversationRequestReceived();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.conversationId = v;
                                else
                                    delete m.conversationId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.from = v;
                                else
                                    delete m.from;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.received = v;
                                else
                                    delete m.received;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.title = v;
                                else
                                    delete m.title;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.description = v;
                                else
                                    delete m.description;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.avatar = v;
                                else
                                    delete m.avatar;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ConversationRequestReceived.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.events.v1.ConversationRequestReceived)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.events.v1.ConversationRequestReceived: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.events.v1.ConversationRequestReceived();
                    if (d.conversationId != null) {
                        if (typeof d.conversationId !== "string" || d.conversationId.length) {
                            m.conversationId = $String(d.conversationId);
                        }
                    }
                    if (d.from != null) {
                        if (typeof d.from !== "string" || d.from.length) {
                            m.from = $String(d.from);
                        }
                    }
                    if (d.received != null) {
                        if (typeof d.received === "object" ? d.received.low || d.received.high : $Number(d.received) !== 0) {
                            if ($util.Long)
                                m.received = $util.Long.fromValue(d.received, false);
                            else if (typeof d.received === "string")
                                m.received = $parseInt(d.received, 10);
                            else if (typeof d.received === "number")
                                m.received = d.received;
                            else if (typeof d.received === "object")
                                m.received = new $util.LongBits(d.received.low >>> 0, d.received.high >>> 0).toNumber();
                        }
                    }
                    if (d.title != null) {
                        if (typeof d.title !== "string" || d.title.length) {
                            m.title = $String(d.title);
                        }
                    }
                    if (d.description != null) {
                        if (typeof d.description !== "string" || d.description.length) {
                            m.description = $String(d.description);
                        }
                    }
                    if (d.avatar != null) {
                        if (typeof d.avatar !== "string" || d.avatar.length) {
                            m.avatar = $String(d.avatar);
                        }
                    }
                    return m;
                };

                ConversationRequestReceived.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.conversationId = "";
                        d.from = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.received = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.received = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.title = "";
                        d.description = "";
                        d.avatar = "";
                    }
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                        d.conversationId = m.conversationId;
                    }
                    if (m.from != null && $Object.hasOwnProperty.call(m, "from")) {
                        d.from = m.from;
                    }
                    if (m.received != null && $Object.hasOwnProperty.call(m, "received")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.received = typeof m.received === "number" ? $BigInt(m.received) : $util.Long.fromBits(m.received.low >>> 0, m.received.high >>> 0, false).toBigInt();
                        else if (typeof m.received === "number")
                            d.received = o.longs === $String ? $String(m.received) : m.received;
                        else
                            d.received = o.longs === $String ? $util.Long.prototype.toString.call(m.received) : o.longs === $Number ? new $util.LongBits(m.received.low >>> 0, m.received.high >>> 0).toNumber() : m.received;
                    }
                    if (m.title != null && $Object.hasOwnProperty.call(m, "title")) {
                        d.title = m.title;
                    }
                    if (m.description != null && $Object.hasOwnProperty.call(m, "description")) {
                        d.description = m.description;
                    }
                    if (m.avatar != null && $Object.hasOwnProperty.call(m, "avatar")) {
                        d.avatar = m.avatar;
                    }
                    return d;
                };

                ConversationRequestReceived.prototype.toJSON = function() {
                    return ConversationRequestReceived.toObject(this, $protobuf.util.toJSONOptions);
                };

                ConversationRequestReceived.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.events.v1.ConversationRequestReceived";
                };

                return ConversationRequestReceived;
            })();

            return v1;
        })();

        return events;
    })();

    skarm.store = (function() {

        const store = {};

        store.v1 = (function() {

            const v1 = {};

            v1.Mode = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ONE_TO_ONE"] = 0;
                values[valuesById[1] = "ADMIN_INVITES_ONLY"] = 1;
                values[valuesById[2] = "INVITES_ONLY"] = 2;
                values[valuesById[3] = "PUBLIC"] = 3;
                return values;
            })();

            v1.GetAccountRequest = (function() {

                const GetAccountRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                GetAccountRequest.create = function(properties) {
                    return new GetAccountRequest(properties);
                };

                GetAccountRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                GetAccountRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.GetAccountRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        r.skipType(t & 7, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                GetAccountRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.GetAccountRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.GetAccountRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.skarm.store.v1.GetAccountRequest();
                };

                GetAccountRequest.toObject = function () {
                    return {};
                };

                GetAccountRequest.prototype.toJSON = function() {
                    return GetAccountRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                GetAccountRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.GetAccountRequest";
                };

                return GetAccountRequest;
            })();

            v1.GetAccountResponse = (function() {

                const GetAccountResponse = function (p) {
                    this.devices = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                GetAccountResponse.prototype.uri = "";
                GetAccountResponse.prototype.deviceId = "";
                GetAccountResponse.prototype.displayName = "";
                GetAccountResponse.prototype.devices = $util.emptyArray;

                GetAccountResponse.create = function(properties) {
                    return new GetAccountResponse(properties);
                };

                GetAccountResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.uri != null && $Object.hasOwnProperty.call(m, "uri") && m.uri !== "")
                        w.uint32(10).string(m.uri);
                    if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== "")
                        w.uint32(18).string(m.deviceId);
                    if (m.displayName != null && $Object.hasOwnProperty.call(m, "displayName") && m.displayName !== "")
                        w.uint32(26).string(m.displayName);
                    if (m.devices != null && m.devices.length) {
                        for (var i = 0; i < m.devices.length; ++i)
                            w.uint32(34).string(m.devices[i]);
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                GetAccountResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.GetAccountResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.uri = v;
                                else
                                    delete m.uri;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.deviceId = v;
                                else
                                    delete m.deviceId;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.displayName = v;
                                else
                                    delete m.displayName;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if (!(m.devices && m.devices.length))
                                    m.devices = [];
                                m.devices.push(r.stringVerify());
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                GetAccountResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.GetAccountResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.GetAccountResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.GetAccountResponse();
                    if (d.uri != null) {
                        if (typeof d.uri !== "string" || d.uri.length) {
                            m.uri = $String(d.uri);
                        }
                    }
                    if (d.deviceId != null) {
                        if (typeof d.deviceId !== "string" || d.deviceId.length) {
                            m.deviceId = $String(d.deviceId);
                        }
                    }
                    if (d.displayName != null) {
                        if (typeof d.displayName !== "string" || d.displayName.length) {
                            m.displayName = $String(d.displayName);
                        }
                    }
                    if (d.devices) {
                        if (!$Array.isArray(d.devices))
                            throw $TypeError(".skarm.store.v1.GetAccountResponse.devices: array expected");
                        m.devices = $Array(d.devices.length);
                        for (var i = 0; i < d.devices.length; ++i) {
                            m.devices[i] = $String(d.devices[i]);
                        }
                    }
                    return m;
                };

                GetAccountResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.devices = [];
                    }
                    if (o.defaults) {
                        d.uri = "";
                        d.deviceId = "";
                        d.displayName = "";
                    }
                    if (m.uri != null && $Object.hasOwnProperty.call(m, "uri")) {
                        d.uri = m.uri;
                    }
                    if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                        d.deviceId = m.deviceId;
                    }
                    if (m.displayName != null && $Object.hasOwnProperty.call(m, "displayName")) {
                        d.displayName = m.displayName;
                    }
                    if (m.devices && m.devices.length) {
                        d.devices = $Array(m.devices.length);
                        for (var j = 0; j < m.devices.length; ++j) {
                            d.devices[j] = m.devices[j];
                        }
                    }
                    return d;
                };

                GetAccountResponse.prototype.toJSON = function() {
                    return GetAccountResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                GetAccountResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.GetAccountResponse";
                };

                return GetAccountResponse;
            })();

            v1.CreateConversationRequest = (function() {

                const CreateConversationRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                CreateConversationRequest.prototype.mode = 0;
                CreateConversationRequest.prototype.invited = "";

                CreateConversationRequest.create = function(properties) {
                    return new CreateConversationRequest(properties);
                };

                CreateConversationRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.mode != null && $Object.hasOwnProperty.call(m, "mode") && m.mode !== 0)
                        w.uint32(8).int32(m.mode);
                    if (m.invited != null && $Object.hasOwnProperty.call(m, "invited") && m.invited !== "")
                        w.uint32(18).string(m.invited);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                CreateConversationRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.CreateConversationRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.mode = v;
                                else
                                    delete m.mode;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.invited = v;
                                else
                                    delete m.invited;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                CreateConversationRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.CreateConversationRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.CreateConversationRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.CreateConversationRequest();
                    if (d.mode !== 0 && (typeof d.mode !== "string" || $root.skarm.store.v1.Mode[d.mode] !== 0)) {
                        switch (d.mode) {
                        case "ONE_TO_ONE":
                        case 0:
                            m.mode = 0;
                            break;
                        case "ADMIN_INVITES_ONLY":
                        case 1:
                            m.mode = 1;
                            break;
                        case "INVITES_ONLY":
                        case 2:
                            m.mode = 2;
                            break;
                        case "PUBLIC":
                        case 3:
                            m.mode = 3;
                            break;
                        default:
                            if (typeof d.mode === "number" && (d.mode | 0) === d.mode)
                                m.mode = d.mode;
                        }
                    }
                    if (d.invited != null) {
                        if (typeof d.invited !== "string" || d.invited.length) {
                            m.invited = $String(d.invited);
                        }
                    }
                    return m;
                };

                CreateConversationRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.mode = o.enums === $String ? "ONE_TO_ONE" : 0;
                        d.invited = "";
                    }
                    if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                        d.mode = o.enums === $String ? $root.skarm.store.v1.Mode[m.mode] === $undefined ? m.mode : $root.skarm.store.v1.Mode[m.mode] : m.mode;
                    }
                    if (m.invited != null && $Object.hasOwnProperty.call(m, "invited")) {
                        d.invited = m.invited;
                    }
                    return d;
                };

                CreateConversationRequest.prototype.toJSON = function() {
                    return CreateConversationRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                CreateConversationRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.CreateConversationRequest";
                };

                return CreateConversationRequest;
            })();

            v1.CreateConversationResponse = (function() {

                const CreateConversationResponse = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                CreateConversationResponse.prototype.id = "";

                CreateConversationResponse.create = function(properties) {
                    return new CreateConversationResponse(properties);
                };

                CreateConversationResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(10).string(m.id);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                CreateConversationResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.CreateConversationResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                CreateConversationResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.CreateConversationResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.CreateConversationResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.CreateConversationResponse();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    return m;
                };

                CreateConversationResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    return d;
                };

                CreateConversationResponse.prototype.toJSON = function() {
                    return CreateConversationResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                CreateConversationResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.CreateConversationResponse";
                };

                return CreateConversationResponse;
            })();

            v1.ConversationSummary = (function() {

                const ConversationSummary = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ConversationSummary.prototype.id = "";
                ConversationSummary.prototype.mode = 0;
                ConversationSummary.prototype.syncing = false;

                ConversationSummary.create = function(properties) {
                    return new ConversationSummary(properties);
                };

                ConversationSummary.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(10).string(m.id);
                    if (m.mode != null && $Object.hasOwnProperty.call(m, "mode") && m.mode !== 0)
                        w.uint32(16).int32(m.mode);
                    if (m.syncing != null && $Object.hasOwnProperty.call(m, "syncing") && m.syncing !== false)
                        w.uint32(24).bool(m.syncing);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ConversationSummary.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.ConversationSummary();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.mode = v;
                                else
                                    delete m.mode;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.syncing = v;
                                else
                                    delete m.syncing;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ConversationSummary.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.ConversationSummary)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.ConversationSummary: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.ConversationSummary();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.mode !== 0 && (typeof d.mode !== "string" || $root.skarm.store.v1.Mode[d.mode] !== 0)) {
                        switch (d.mode) {
                        case "ONE_TO_ONE":
                        case 0:
                            m.mode = 0;
                            break;
                        case "ADMIN_INVITES_ONLY":
                        case 1:
                            m.mode = 1;
                            break;
                        case "INVITES_ONLY":
                        case 2:
                            m.mode = 2;
                            break;
                        case "PUBLIC":
                        case 3:
                            m.mode = 3;
                            break;
                        default:
                            if (typeof d.mode === "number" && (d.mode | 0) === d.mode)
                                m.mode = d.mode;
                        }
                    }
                    if (d.syncing != null) {
                        if (d.syncing) {
                            m.syncing = $Boolean(d.syncing);
                        }
                    }
                    return m;
                };

                ConversationSummary.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                        d.mode = o.enums === $String ? "ONE_TO_ONE" : 0;
                        d.syncing = false;
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                        d.mode = o.enums === $String ? $root.skarm.store.v1.Mode[m.mode] === $undefined ? m.mode : $root.skarm.store.v1.Mode[m.mode] : m.mode;
                    }
                    if (m.syncing != null && $Object.hasOwnProperty.call(m, "syncing")) {
                        d.syncing = m.syncing;
                    }
                    return d;
                };

                ConversationSummary.prototype.toJSON = function() {
                    return ConversationSummary.toObject(this, $protobuf.util.toJSONOptions);
                };

                ConversationSummary.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.ConversationSummary";
                };

                return ConversationSummary;
            })();

            v1.ListConversationsRequest = (function() {

                const ListConversationsRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ListConversationsRequest.create = function(properties) {
                    return new ListConversationsRequest(properties);
                };

                ListConversationsRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ListConversationsRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.ListConversationsRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        r.skipType(t & 7, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ListConversationsRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.ListConversationsRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.ListConversationsRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.skarm.store.v1.ListConversationsRequest();
                };

                ListConversationsRequest.toObject = function () {
                    return {};
                };

                ListConversationsRequest.prototype.toJSON = function() {
                    return ListConversationsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                ListConversationsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.ListConversationsRequest";
                };

                return ListConversationsRequest;
            })();

            v1.ListConversationsResponse = (function() {

                const ListConversationsResponse = function (p) {
                    this.conversations = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ListConversationsResponse.prototype.conversations = $util.emptyArray;

                ListConversationsResponse.create = function(properties) {
                    return new ListConversationsResponse(properties);
                };

                ListConversationsResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.conversations != null && m.conversations.length) {
                        for (var i = 0; i < m.conversations.length; ++i)
                            $root.skarm.store.v1.ConversationSummary.encode(m.conversations[i], w.uint32(10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ListConversationsResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.ListConversationsResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if (!(m.conversations && m.conversations.length))
                                    m.conversations = [];
                                m.conversations.push($root.skarm.store.v1.ConversationSummary.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ListConversationsResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.ListConversationsResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.ListConversationsResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.ListConversationsResponse();
                    if (d.conversations) {
                        if (!$Array.isArray(d.conversations))
                            throw $TypeError(".skarm.store.v1.ListConversationsResponse.conversations: array expected");
                        m.conversations = $Array(d.conversations.length);
                        for (var i = 0; i < d.conversations.length; ++i) {
                            if (!$util.isObject(d.conversations[i]))
                                throw $TypeError(".skarm.store.v1.ListConversationsResponse.conversations: object expected");
                            m.conversations[i] = $root.skarm.store.v1.ConversationSummary.fromObject(d.conversations[i], q + 1);
                        }
                    }
                    return m;
                };

                ListConversationsResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.conversations = [];
                    }
                    if (m.conversations && m.conversations.length) {
                        d.conversations = $Array(m.conversations.length);
                        for (var j = 0; j < m.conversations.length; ++j) {
                            d.conversations[j] = $root.skarm.store.v1.ConversationSummary.toObject(m.conversations[j], o, q + 1);
                        }
                    }
                    return d;
                };

                ListConversationsResponse.prototype.toJSON = function() {
                    return ListConversationsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                ListConversationsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.ListConversationsResponse";
                };

                return ListConversationsResponse;
            })();

            v1.ConversationRef = (function() {

                const ConversationRef = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ConversationRef.prototype.id = "";

                ConversationRef.create = function(properties) {
                    return new ConversationRef(properties);
                };

                ConversationRef.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(10).string(m.id);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ConversationRef.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.ConversationRef();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ConversationRef.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.ConversationRef)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.ConversationRef: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.ConversationRef();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    return m;
                };

                ConversationRef.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    return d;
                };

                ConversationRef.prototype.toJSON = function() {
                    return ConversationRef.toObject(this, $protobuf.util.toJSONOptions);
                };

                ConversationRef.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.ConversationRef";
                };

                return ConversationRef;
            })();

            v1.ConversationInfo = (function() {

                const ConversationInfo = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ConversationInfo.prototype.id = "";
                ConversationInfo.prototype.mode = 0;
                ConversationInfo.prototype.title = "";
                ConversationInfo.prototype.description = "";
                ConversationInfo.prototype.avatar = "";
                ConversationInfo.prototype.syncing = false;
                ConversationInfo.prototype.rdvUri = "";

                ConversationInfo.create = function(properties) {
                    return new ConversationInfo(properties);
                };

                ConversationInfo.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(10).string(m.id);
                    if (m.mode != null && $Object.hasOwnProperty.call(m, "mode") && m.mode !== 0)
                        w.uint32(16).int32(m.mode);
                    if (m.title != null && $Object.hasOwnProperty.call(m, "title") && m.title !== "")
                        w.uint32(26).string(m.title);
                    if (m.description != null && $Object.hasOwnProperty.call(m, "description") && m.description !== "")
                        w.uint32(34).string(m.description);
                    if (m.avatar != null && $Object.hasOwnProperty.call(m, "avatar") && m.avatar !== "")
                        w.uint32(42).string(m.avatar);
                    if (m.syncing != null && $Object.hasOwnProperty.call(m, "syncing") && m.syncing !== false)
                        w.uint32(48).bool(m.syncing);
                    if (m.rdvUri != null && $Object.hasOwnProperty.call(m, "rdvUri") && m.rdvUri !== "")
                        w.uint32(58).string(m.rdvUri);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ConversationInfo.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.ConversationInfo();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.mode = v;
                                else
                                    delete m.mode;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.title = v;
                                else
                                    delete m.title;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.description = v;
                                else
                                    delete m.description;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.avatar = v;
                                else
                                    delete m.avatar;
                                continue;
                            }
                        case 6: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.syncing = v;
                                else
                                    delete m.syncing;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.rdvUri = v;
                                else
                                    delete m.rdvUri;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ConversationInfo.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.ConversationInfo)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.ConversationInfo: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.ConversationInfo();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.mode !== 0 && (typeof d.mode !== "string" || $root.skarm.store.v1.Mode[d.mode] !== 0)) {
                        switch (d.mode) {
                        case "ONE_TO_ONE":
                        case 0:
                            m.mode = 0;
                            break;
                        case "ADMIN_INVITES_ONLY":
                        case 1:
                            m.mode = 1;
                            break;
                        case "INVITES_ONLY":
                        case 2:
                            m.mode = 2;
                            break;
                        case "PUBLIC":
                        case 3:
                            m.mode = 3;
                            break;
                        default:
                            if (typeof d.mode === "number" && (d.mode | 0) === d.mode)
                                m.mode = d.mode;
                        }
                    }
                    if (d.title != null) {
                        if (typeof d.title !== "string" || d.title.length) {
                            m.title = $String(d.title);
                        }
                    }
                    if (d.description != null) {
                        if (typeof d.description !== "string" || d.description.length) {
                            m.description = $String(d.description);
                        }
                    }
                    if (d.avatar != null) {
                        if (typeof d.avatar !== "string" || d.avatar.length) {
                            m.avatar = $String(d.avatar);
                        }
                    }
                    if (d.syncing != null) {
                        if (d.syncing) {
                            m.syncing = $Boolean(d.syncing);
                        }
                    }
                    if (d.rdvUri != null) {
                        if (typeof d.rdvUri !== "string" || d.rdvUri.length) {
                            m.rdvUri = $String(d.rdvUri);
                        }
                    }
                    return m;
                };

                ConversationInfo.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                        d.mode = o.enums === $String ? "ONE_TO_ONE" : 0;
                        d.title = "";
                        d.description = "";
                        d.avatar = "";
                        d.syncing = false;
                        d.rdvUri = "";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                        d.mode = o.enums === $String ? $root.skarm.store.v1.Mode[m.mode] === $undefined ? m.mode : $root.skarm.store.v1.Mode[m.mode] : m.mode;
                    }
                    if (m.title != null && $Object.hasOwnProperty.call(m, "title")) {
                        d.title = m.title;
                    }
                    if (m.description != null && $Object.hasOwnProperty.call(m, "description")) {
                        d.description = m.description;
                    }
                    if (m.avatar != null && $Object.hasOwnProperty.call(m, "avatar")) {
                        d.avatar = m.avatar;
                    }
                    if (m.syncing != null && $Object.hasOwnProperty.call(m, "syncing")) {
                        d.syncing = m.syncing;
                    }
                    if (m.rdvUri != null && $Object.hasOwnProperty.call(m, "rdvUri")) {
                        d.rdvUri = m.rdvUri;
                    }
                    return d;
                };

                ConversationInfo.prototype.toJSON = function() {
                    return ConversationInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                ConversationInfo.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.ConversationInfo";
                };

                return ConversationInfo;
            })();

            v1.UpdateProfileRequest = (function() {

                const UpdateProfileRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                UpdateProfileRequest.prototype.id = "";
                UpdateProfileRequest.prototype.title = null;
                UpdateProfileRequest.prototype.description = null;
                UpdateProfileRequest.prototype.avatar = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(UpdateProfileRequest.prototype, "_title", {
                    get: $util.oneOfGetter($oneOfFields = ["title"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(UpdateProfileRequest.prototype, "_description", {
                    get: $util.oneOfGetter($oneOfFields = ["description"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(UpdateProfileRequest.prototype, "_avatar", {
                    get: $util.oneOfGetter($oneOfFields = ["avatar"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                UpdateProfileRequest.create = function(properties) {
                    return new UpdateProfileRequest(properties);
                };

                UpdateProfileRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(10).string(m.id);
                    if (m.title != null && $Object.hasOwnProperty.call(m, "title"))
                        w.uint32(18).string(m.title);
                    if (m.description != null && $Object.hasOwnProperty.call(m, "description"))
                        w.uint32(26).string(m.description);
                    if (m.avatar != null && $Object.hasOwnProperty.call(m, "avatar"))
                        w.uint32(34).string(m.avatar);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                UpdateProfileRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.UpdateProfileRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                m.title = r.stringVerify();
                                m._title = "title";
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                m.description = r.stringVerify();
                                m._description = "description";
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                m.avatar = r.stringVerify();
                                m._avatar = "avatar";
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                UpdateProfileRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.UpdateProfileRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.UpdateProfileRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.UpdateProfileRequest();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.title != null) {
                        m.title = $String(d.title);
                    }
                    if (d.description != null) {
                        m.description = $String(d.description);
                    }
                    if (d.avatar != null) {
                        m.avatar = $String(d.avatar);
                    }
                    return m;
                };

                UpdateProfileRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.title != null && $Object.hasOwnProperty.call(m, "title")) {
                        d.title = m.title;
                    }
                    if (m.description != null && $Object.hasOwnProperty.call(m, "description")) {
                        d.description = m.description;
                    }
                    if (m.avatar != null && $Object.hasOwnProperty.call(m, "avatar")) {
                        d.avatar = m.avatar;
                    }
                    return d;
                };

                UpdateProfileRequest.prototype.toJSON = function() {
                    return UpdateProfileRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                UpdateProfileRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.UpdateProfileRequest";
                };

                return UpdateProfileRequest;
            })();

            v1.Member = (function() {

                const Member = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                Member.prototype.uri = "";
                Member.prototype.role = "";
                Member.prototype.lastDisplayed = "";

                Member.create = function(properties) {
                    return new Member(properties);
                };

                Member.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.uri != null && $Object.hasOwnProperty.call(m, "uri") && m.uri !== "")
                        w.uint32(10).string(m.uri);
                    if (m.role != null && $Object.hasOwnProperty.call(m, "role") && m.role !== "")
                        w.uint32(18).string(m.role);
                    if (m.lastDisplayed != null && $Object.hasOwnProperty.call(m, "lastDisplayed") && m.lastDisplayed !== "")
                        w.uint32(26).string(m.lastDisplayed);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                Member.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.Member();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.uri = v;
                                else
                                    delete m.uri;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.role = v;
                                else
                                    delete m.role;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.lastDisplayed = v;
                                else
                                    delete m.lastDisplayed;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                Member.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.Member)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.Member: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.Member();
                    if (d.uri != null) {
                        if (typeof d.uri !== "string" || d.uri.length) {
                            m.uri = $String(d.uri);
                        }
                    }
                    if (d.role != null) {
                        if (typeof d.role !== "string" || d.role.length) {
                            m.role = $String(d.role);
                        }
                    }
                    if (d.lastDisplayed != null) {
                        if (typeof d.lastDisplayed !== "string" || d.lastDisplayed.length) {
                            m.lastDisplayed = $String(d.lastDisplayed);
                        }
                    }
                    return m;
                };

                Member.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.uri = "";
                        d.role = "";
                        d.lastDisplayed = "";
                    }
                    if (m.uri != null && $Object.hasOwnProperty.call(m, "uri")) {
                        d.uri = m.uri;
                    }
                    if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                        d.role = m.role;
                    }
                    if (m.lastDisplayed != null && $Object.hasOwnProperty.call(m, "lastDisplayed")) {
                        d.lastDisplayed = m.lastDisplayed;
                    }
                    return d;
                };

                Member.prototype.toJSON = function() {
                    return Member.toObject(this, $protobuf.util.toJSONOptions);
                };

                Member.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.Member";
                };

                return Member;
            })();

            v1.ListMembersResponse = (function() {

                const ListMembersResponse = function (p) {
                    this.members = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ListMembersResponse.prototype.members = $util.emptyArray;

                ListMembersResponse.create = function(properties) {
                    return new ListMembersResponse(properties);
                };

                ListMembersResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.members != null && m.members.length) {
                        for (var i = 0; i < m.members.length; ++i)
                            $root.skarm.store.v1.Member.encode(m.members[i], w.uint32(10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ListMembersResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.ListMembersResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if (!(m.members && m.members.length))
                                    m.members = [];
                                m.members.push($root.skarm.store.v1.Member.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ListMembersResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.ListMembersResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.ListMembersResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.ListMembersResponse();
                    if (d.members) {
                        if (!$Array.isArray(d.members))
                            throw $TypeError(".skarm.store.v1.ListMembersResponse.members: array expected");
                        m.members = $Array(d.members.length);
                        for (var i = 0; i < d.members.length; ++i) {
                            if (!$util.isObject(d.members[i]))
                                throw $TypeError(".skarm.store.v1.ListMembersResponse.members: object expected");
                            m.members[i] = $root.skarm.store.v1.Member.fromObject(d.members[i], q + 1);
                        }
                    }
                    return m;
                };

                ListMembersResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.members = [];
                    }
                    if (m.members && m.members.length) {
                        d.members = $Array(m.members.length);
                        for (var j = 0; j < m.members.length; ++j) {
                            d.members[j] = $root.skarm.store.v1.Member.toObject(m.members[j], o, q + 1);
                        }
                    }
                    return d;
                };

                ListMembersResponse.prototype.toJSON = function() {
                    return ListMembersResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                ListMembersResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.ListMembersResponse";
                };

                return ListMembersResponse;
            })();

            v1.MemberRequest = (function() {

                const MemberRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                MemberRequest.prototype.id = "";
                MemberRequest.prototype.uri = "";

                MemberRequest.create = function(properties) {
                    return new MemberRequest(properties);
                };

                MemberRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(10).string(m.id);
                    if (m.uri != null && $Object.hasOwnProperty.call(m, "uri") && m.uri !== "")
                        w.uint32(18).string(m.uri);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                MemberRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.MemberRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.uri = v;
                                else
                                    delete m.uri;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                MemberRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.MemberRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.MemberRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.MemberRequest();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.uri != null) {
                        if (typeof d.uri !== "string" || d.uri.length) {
                            m.uri = $String(d.uri);
                        }
                    }
                    return m;
                };

                MemberRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                        d.uri = "";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.uri != null && $Object.hasOwnProperty.call(m, "uri")) {
                        d.uri = m.uri;
                    }
                    return d;
                };

                MemberRequest.prototype.toJSON = function() {
                    return MemberRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                MemberRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.MemberRequest";
                };

                return MemberRequest;
            })();

            v1.SendMessageRequest = (function() {

                const SendMessageRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                SendMessageRequest.prototype.id = "";
                SendMessageRequest.prototype.type = "";
                SendMessageRequest.prototype.body = "";
                SendMessageRequest.prototype.reactTo = "";
                SendMessageRequest.prototype.edit = "";
                SendMessageRequest.prototype.replyTo = "";

                SendMessageRequest.create = function(properties) {
                    return new SendMessageRequest(properties);
                };

                SendMessageRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(10).string(m.id);
                    if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                        w.uint32(18).string(m.type);
                    if (m.body != null && $Object.hasOwnProperty.call(m, "body") && m.body !== "")
                        w.uint32(26).string(m.body);
                    if (m.reactTo != null && $Object.hasOwnProperty.call(m, "reactTo") && m.reactTo !== "")
                        w.uint32(34).string(m.reactTo);
                    if (m.edit != null && $Object.hasOwnProperty.call(m, "edit") && m.edit !== "")
                        w.uint32(42).string(m.edit);
                    if (m.replyTo != null && $Object.hasOwnProperty.call(m, "replyTo") && m.replyTo !== "")
                        w.uint32(50).string(m.replyTo);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                SendMessageRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.SendMessageRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.type = v;
                                else
                                    delete m.type;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.body = v;
                                else
                                    delete m.body;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.reactTo = v;
                                else
                                    delete m.reactTo;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.edit = v;
                                else
                                    delete m.edit;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.replyTo = v;
                                else
                                    delete m.replyTo;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                SendMessageRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.SendMessageRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.SendMessageRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.SendMessageRequest();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.type != null) {
                        if (typeof d.type !== "string" || d.type.length) {
                            m.type = $String(d.type);
                        }
                    }
                    if (d.body != null) {
                        if (typeof d.body !== "string" || d.body.length) {
                            m.body = $String(d.body);
                        }
                    }
                    if (d.reactTo != null) {
                        if (typeof d.reactTo !== "string" || d.reactTo.length) {
                            m.reactTo = $String(d.reactTo);
                        }
                    }
                    if (d.edit != null) {
                        if (typeof d.edit !== "string" || d.edit.length) {
                            m.edit = $String(d.edit);
                        }
                    }
                    if (d.replyTo != null) {
                        if (typeof d.replyTo !== "string" || d.replyTo.length) {
                            m.replyTo = $String(d.replyTo);
                        }
                    }
                    return m;
                };

                SendMessageRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                        d.type = "";
                        d.body = "";
                        d.reactTo = "";
                        d.edit = "";
                        d.replyTo = "";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                        d.type = m.type;
                    }
                    if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                        d.body = m.body;
                    }
                    if (m.reactTo != null && $Object.hasOwnProperty.call(m, "reactTo")) {
                        d.reactTo = m.reactTo;
                    }
                    if (m.edit != null && $Object.hasOwnProperty.call(m, "edit")) {
                        d.edit = m.edit;
                    }
                    if (m.replyTo != null && $Object.hasOwnProperty.call(m, "replyTo")) {
                        d.replyTo = m.replyTo;
                    }
                    return d;
                };

                SendMessageRequest.prototype.toJSON = function() {
                    return SendMessageRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                SendMessageRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.SendMessageRequest";
                };

                return SendMessageRequest;
            })();

            v1.SendMessageResponse = (function() {

                const SendMessageResponse = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                SendMessageResponse.prototype.id = "";

                SendMessageResponse.create = function(properties) {
                    return new SendMessageResponse(properties);
                };

                SendMessageResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(10).string(m.id);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                SendMessageResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.SendMessageResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                SendMessageResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.SendMessageResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.SendMessageResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.SendMessageResponse();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    return m;
                };

                SendMessageResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    return d;
                };

                SendMessageResponse.prototype.toJSON = function() {
                    return SendMessageResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                SendMessageResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.SendMessageResponse";
                };

                return SendMessageResponse;
            })();

            v1.Reaction = (function() {

                const Reaction = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                Reaction.prototype.id = "";
                Reaction.prototype.author = "";
                Reaction.prototype.body = "";

                Reaction.create = function(properties) {
                    return new Reaction(properties);
                };

                Reaction.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(10).string(m.id);
                    if (m.author != null && $Object.hasOwnProperty.call(m, "author") && m.author !== "")
                        w.uint32(18).string(m.author);
                    if (m.body != null && $Object.hasOwnProperty.call(m, "body") && m.body !== "")
                        w.uint32(26).string(m.body);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                Reaction.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.Reaction();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.author = v;
                                else
                                    delete m.author;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.body = v;
                                else
                                    delete m.body;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                Reaction.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.Reaction)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.Reaction: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.Reaction();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.author != null) {
                        if (typeof d.author !== "string" || d.author.length) {
                            m.author = $String(d.author);
                        }
                    }
                    if (d.body != null) {
                        if (typeof d.body !== "string" || d.body.length) {
                            m.body = $String(d.body);
                        }
                    }
                    return m;
                };

                Reaction.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                        d.author = "";
                        d.body = "";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.author != null && $Object.hasOwnProperty.call(m, "author")) {
                        d.author = m.author;
                    }
                    if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                        d.body = m.body;
                    }
                    return d;
                };

                Reaction.prototype.toJSON = function() {
                    return Reaction.toObject(this, $protobuf.util.toJSONOptions);
                };

                Reaction.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.Reaction";
                };

                return Reaction;
            })();

            v1.Message = (function() {

                const Message = function (p) {
                    this.parents = [];
                    this.reactions = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                Message.prototype.id = "";
                Message.prototype.parents = $util.emptyArray;
                Message.prototype.author = "";
                Message.prototype.device = "";
                Message.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
                Message.prototype.type = "";
                Message.prototype.fieldsJson = "";
                Message.prototype.edited = false;
                Message.prototype.reactions = $util.emptyArray;

                Message.create = function(properties) {
                    return new Message(properties);
                };

                Message.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(10).string(m.id);
                    if (m.parents != null && m.parents.length) {
                        for (var i = 0; i < m.parents.length; ++i)
                            w.uint32(18).string(m.parents[i]);
                    }
                    if (m.author != null && $Object.hasOwnProperty.call(m, "author") && m.author !== "")
                        w.uint32(26).string(m.author);
                    if (m.device != null && $Object.hasOwnProperty.call(m, "device") && m.device !== "")
                        w.uint32(34).string(m.device);
                    if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp") && (typeof m.timestamp === "object" ? m.timestamp.low || m.timestamp.high : m.timestamp !== 0))
                        w.uint32(40).int64(m.timestamp);
                    if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                        w.uint32(50).string(m.type);
                    if (m.fieldsJson != null && $Object.hasOwnProperty.call(m, "fieldsJson") && m.fieldsJson !== "")
                        w.uint32(58).string(m.fieldsJson);
                    if (m.edited != null && $Object.hasOwnProperty.call(m, "edited") && m.edited !== false)
                        w.uint32(64).bool(m.edited);
                    if (m.reactions != null && m.reactions.length) {
                        for (var i = 0; i < m.reactions.length; ++i)
                            $root.skarm.store.v1.Reaction.encode(m.reactions[i], w.uint32(74).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                Message.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.Message();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.parents && m.parents.length))
                                    m.parents = [];
                                m.parents.push(r.stringVerify());
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.author = v;
                                else
                                    delete m.author;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.device = v;
                                else
                                    delete m.device;
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.timestamp = v;
                                else
                                    delete m.timestamp;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.type = v;
                                else
                                    delete m.type;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.fieldsJson = v;
                                else
                                    delete m.fieldsJson;
                                continue;
                            }
                        case 8: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.edited = v;
                                else
                                    delete m.edited;
                                continue;
                            }
                        case 9: {
                                if (u !== 2)
                                    break;
                                if (!(m.reactions && m.reactions.length))
                                    m.reactions = [];
                                m.reactions.push($root.skarm.store.v1.Reaction.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                Message.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.Message)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.Message: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.Message();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.parents) {
                        if (!$Array.isArray(d.parents))
                            throw $TypeError(".skarm.store.v1.Message.parents: array expected");
                        m.parents = $Array(d.parents.length);
                        for (var i = 0; i < d.parents.length; ++i) {
                            m.parents[i] = $String(d.parents[i]);
                        }
                    }
                    if (d.author != null) {
                        if (typeof d.author !== "string" || d.author.length) {
                            m.author = $String(d.author);
                        }
                    }
                    if (d.device != null) {
                        if (typeof d.device !== "string" || d.device.length) {
                            m.device = $String(d.device);
                        }
                    }
                    if (d.timestamp != null) {
                        if (typeof d.timestamp === "object" ? d.timestamp.low || d.timestamp.high : $Number(d.timestamp) !== 0) {
                            if ($util.Long)
                                m.timestamp = $util.Long.fromValue(d.timestamp, false);
                            else if (typeof d.timestamp === "string")
                                m.timestamp = $parseInt(d.timestamp, 10);
                            else if (typeof d.timestamp === "number")
                                m.timestamp = d.timestamp;
                            else if (typeof d.timestamp === "object")
                                m.timestamp = new $util.LongBits(d.timestamp.low >>> 0, d.timestamp.high >>> 0).toNumber();
                        }
                    }
                    if (d.type != null) {
                        if (typeof d.type !== "string" || d.type.length) {
                            m.type = $String(d.type);
                        }
                    }
                    if (d.fieldsJson != null) {
                        if (typeof d.fieldsJson !== "string" || d.fieldsJson.length) {
                            m.fieldsJson = $String(d.fieldsJson);
                        }
                    }
                    if (d.edited != null) {
                        if (d.edited) {
                            m.edited = $Boolean(d.edited);
                        }
                    }
                    if (d.reactions) {
                        if (!$Array.isArray(d.reactions))
                            throw $TypeError(".skarm.store.v1.Message.reactions: array expected");
                        m.reactions = $Array(d.reactions.length);
                        for (var i = 0; i < d.reactions.length; ++i) {
                            if (!$util.isObject(d.reactions[i]))
                                throw $TypeError(".skarm.store.v1.Message.reactions: object expected");
                            m.reactions[i] = $root.skarm.store.v1.Reaction.fromObject(d.reactions[i], q + 1);
                        }
                    }
                    return m;
                };

                Message.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.parents = [];
                        d.reactions = [];
                    }
                    if (o.defaults) {
                        d.id = "";
                        d.author = "";
                        d.device = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.timestamp = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.timestamp = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.type = "";
                        d.fieldsJson = "";
                        d.edited = false;
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.parents && m.parents.length) {
                        d.parents = $Array(m.parents.length);
                        for (var j = 0; j < m.parents.length; ++j) {
                            d.parents[j] = m.parents[j];
                        }
                    }
                    if (m.author != null && $Object.hasOwnProperty.call(m, "author")) {
                        d.author = m.author;
                    }
                    if (m.device != null && $Object.hasOwnProperty.call(m, "device")) {
                        d.device = m.device;
                    }
                    if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.timestamp = typeof m.timestamp === "number" ? $BigInt(m.timestamp) : $util.Long.fromBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0, false).toBigInt();
                        else if (typeof m.timestamp === "number")
                            d.timestamp = o.longs === $String ? $String(m.timestamp) : m.timestamp;
                        else
                            d.timestamp = o.longs === $String ? $util.Long.prototype.toString.call(m.timestamp) : o.longs === $Number ? new $util.LongBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0).toNumber() : m.timestamp;
                    }
                    if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                        d.type = m.type;
                    }
                    if (m.fieldsJson != null && $Object.hasOwnProperty.call(m, "fieldsJson")) {
                        d.fieldsJson = m.fieldsJson;
                    }
                    if (m.edited != null && $Object.hasOwnProperty.call(m, "edited")) {
                        d.edited = m.edited;
                    }
                    if (m.reactions && m.reactions.length) {
                        d.reactions = $Array(m.reactions.length);
                        for (var j = 0; j < m.reactions.length; ++j) {
                            d.reactions[j] = $root.skarm.store.v1.Reaction.toObject(m.reactions[j], o, q + 1);
                        }
                    }
                    return d;
                };

                Message.prototype.toJSON = function() {
                    return Message.toObject(this, $protobuf.util.toJSONOptions);
                };

                Message.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.Message";
                };

                return Message;
            })();

            v1.LoadMessagesRequest = (function() {

                const LoadMessagesRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                LoadMessagesRequest.prototype.id = "";
                LoadMessagesRequest.prototype.limit = 0;
                LoadMessagesRequest.prototype.before = "";

                LoadMessagesRequest.create = function(properties) {
                    return new LoadMessagesRequest(properties);
                };

                LoadMessagesRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(10).string(m.id);
                    if (m.limit != null && $Object.hasOwnProperty.call(m, "limit") && m.limit !== 0)
                        w.uint32(16).uint32(m.limit);
                    if (m.before != null && $Object.hasOwnProperty.call(m, "before") && m.before !== "")
                        w.uint32(26).string(m.before);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                LoadMessagesRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.LoadMessagesRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.limit = v;
                                else
                                    delete m.limit;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.before = v;
                                else
                                    delete m.before;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                LoadMessagesRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.LoadMessagesRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.LoadMessagesRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.LoadMessagesRequest();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.limit != null) {
                        if ($Number(d.limit) !== 0) {
                            m.limit = d.limit >>> 0;
                        }
                    }
                    if (d.before != null) {
                        if (typeof d.before !== "string" || d.before.length) {
                            m.before = $String(d.before);
                        }
                    }
                    return m;
                };

                LoadMessagesRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                        d.limit = 0;
                        d.before = "";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.limit != null && $Object.hasOwnProperty.call(m, "limit")) {
                        d.limit = m.limit;
                    }
                    if (m.before != null && $Object.hasOwnProperty.call(m, "before")) {
                        d.before = m.before;
                    }
                    return d;
                };

                LoadMessagesRequest.prototype.toJSON = function() {
                    return LoadMessagesRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                LoadMessagesRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.LoadMessagesRequest";
                };

                return LoadMessagesRequest;
            })();

            v1.LoadMessagesResponse = (function() {

                const LoadMessagesResponse = function (p) {
                    this.messages = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                LoadMessagesResponse.prototype.messages = $util.emptyArray;

                LoadMessagesResponse.create = function(properties) {
                    return new LoadMessagesResponse(properties);
                };

                LoadMessagesResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.messages != null && m.messages.length) {
                        for (var i = 0; i < m.messages.length; ++i)
                            $root.skarm.store.v1.Message.encode(m.messages[i], w.uint32(10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                LoadMessagesResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.LoadMessagesResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if (!(m.messages && m.messages.length))
                                    m.messages = [];
                                m.messages.push($root.skarm.store.v1.Message.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                LoadMessagesResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.LoadMessagesResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.LoadMessagesResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.LoadMessagesResponse();
                    if (d.messages) {
                        if (!$Array.isArray(d.messages))
                            throw $TypeError(".skarm.store.v1.LoadMessagesResponse.messages: array expected");
                        m.messages = $Array(d.messages.length);
                        for (var i = 0; i < d.messages.length; ++i) {
                            if (!$util.isObject(d.messages[i]))
                                throw $TypeError(".skarm.store.v1.LoadMessagesResponse.messages: object expected");
                            m.messages[i] = $root.skarm.store.v1.Message.fromObject(d.messages[i], q + 1);
                        }
                    }
                    return m;
                };

                LoadMessagesResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.messages = [];
                    }
                    if (m.messages && m.messages.length) {
                        d.messages = $Array(m.messages.length);
                        for (var j = 0; j < m.messages.length; ++j) {
                            d.messages[j] = $root.skarm.store.v1.Message.toObject(m.messages[j], o, q + 1);
                        }
                    }
                    return d;
                };

                LoadMessagesResponse.prototype.toJSON = function() {
                    return LoadMessagesResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                LoadMessagesResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.LoadMessagesResponse";
                };

                return LoadMessagesResponse;
            })();

            v1.SetDisplayedRequest = (function() {

                const SetDisplayedRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                SetDisplayedRequest.prototype.id = "";
                SetDisplayedRequest.prototype.commit = "";

                SetDisplayedRequest.create = function(properties) {
                    return new SetDisplayedRequest(properties);
                };

                SetDisplayedRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(10).string(m.id);
                    if (m.commit != null && $Object.hasOwnProperty.call(m, "commit") && m.commit !== "")
                        w.uint32(18).string(m.commit);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                SetDisplayedRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.SetDisplayedRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.commit = v;
                                else
                                    delete m.commit;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                SetDisplayedRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.SetDisplayedRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.SetDisplayedRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.SetDisplayedRequest();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.commit != null) {
                        if (typeof d.commit !== "string" || d.commit.length) {
                            m.commit = $String(d.commit);
                        }
                    }
                    return m;
                };

                SetDisplayedRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                        d.commit = "";
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.commit != null && $Object.hasOwnProperty.call(m, "commit")) {
                        d.commit = m.commit;
                    }
                    return d;
                };

                SetDisplayedRequest.prototype.toJSON = function() {
                    return SetDisplayedRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                SetDisplayedRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.SetDisplayedRequest";
                };

                return SetDisplayedRequest;
            })();

            v1.Preferences = (function() {

                const Preferences = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                Preferences.prototype.color = null;
                Preferences.prototype.ignoreNotifications = null;
                Preferences.prototype.symbol = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Preferences.prototype, "_color", {
                    get: $util.oneOfGetter($oneOfFields = ["color"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Preferences.prototype, "_ignoreNotifications", {
                    get: $util.oneOfGetter($oneOfFields = ["ignoreNotifications"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Preferences.prototype, "_symbol", {
                    get: $util.oneOfGetter($oneOfFields = ["symbol"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                Preferences.create = function(properties) {
                    return new Preferences(properties);
                };

                Preferences.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.color != null && $Object.hasOwnProperty.call(m, "color"))
                        w.uint32(10).string(m.color);
                    if (m.ignoreNotifications != null && $Object.hasOwnProperty.call(m, "ignoreNotifications"))
                        w.uint32(16).bool(m.ignoreNotifications);
                    if (m.symbol != null && $Object.hasOwnProperty.call(m, "symbol"))
                        w.uint32(26).string(m.symbol);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                Preferences.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.Preferences();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                m.color = r.stringVerify();
                                m._color = "color";
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                m.ignoreNotifications = r.bool();
                                m._ignoreNotifications = "ignoreNotifications";
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                m.symbol = r.stringVerify();
                                m._symbol = "symbol";
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                Preferences.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.Preferences)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.Preferences: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.Preferences();
                    if (d.color != null) {
                        m.color = $String(d.color);
                    }
                    if (d.ignoreNotifications != null) {
                        m.ignoreNotifications = $Boolean(d.ignoreNotifications);
                    }
                    if (d.symbol != null) {
                        m.symbol = $String(d.symbol);
                    }
                    return m;
                };

                Preferences.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (m.color != null && $Object.hasOwnProperty.call(m, "color")) {
                        d.color = m.color;
                    }
                    if (m.ignoreNotifications != null && $Object.hasOwnProperty.call(m, "ignoreNotifications")) {
                        d.ignoreNotifications = m.ignoreNotifications;
                    }
                    if (m.symbol != null && $Object.hasOwnProperty.call(m, "symbol")) {
                        d.symbol = m.symbol;
                    }
                    return d;
                };

                Preferences.prototype.toJSON = function() {
                    return Preferences.toObject(this, $protobuf.util.toJSONOptions);
                };

                Preferences.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.Preferences";
                };

                return Preferences;
            })();

            v1.SetPreferencesRequest = (function() {

                const SetPreferencesRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                SetPreferencesRequest.prototype.id = "";
                SetPreferencesRequest.prototype.preferences = null;

                SetPreferencesRequest.create = function(properties) {
                    return new SetPreferencesRequest(properties);
                };

                SetPreferencesRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                        w.uint32(10).string(m.id);
                    if (m.preferences != null && $Object.hasOwnProperty.call(m, "preferences"))
                        $root.skarm.store.v1.Preferences.encode(m.preferences, w.uint32(18).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                SetPreferencesRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.SetPreferencesRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.id = v;
                                else
                                    delete m.id;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                m.preferences = $root.skarm.store.v1.Preferences.decode(r, r.size(), $undefined, q + 1, m.preferences);
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                SetPreferencesRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.SetPreferencesRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.SetPreferencesRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.SetPreferencesRequest();
                    if (d.id != null) {
                        if (typeof d.id !== "string" || d.id.length) {
                            m.id = $String(d.id);
                        }
                    }
                    if (d.preferences != null) {
                        if (!$util.isObject(d.preferences))
                            throw $TypeError(".skarm.store.v1.SetPreferencesRequest.preferences: object expected");
                        m.preferences = $root.skarm.store.v1.Preferences.fromObject(d.preferences, q + 1);
                    }
                    return m;
                };

                SetPreferencesRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.id = "";
                        d.preferences = null;
                    }
                    if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                        d.id = m.id;
                    }
                    if (m.preferences != null && $Object.hasOwnProperty.call(m, "preferences")) {
                        d.preferences = $root.skarm.store.v1.Preferences.toObject(m.preferences, o, q + 1);
                    }
                    return d;
                };

                SetPreferencesRequest.prototype.toJSON = function() {
                    return SetPreferencesRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                SetPreferencesRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.SetPreferencesRequest";
                };

                return SetPreferencesRequest;
            })();

            v1.Contact = (function() {

                const Contact = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                Contact.prototype.uri = "";
                Contact.prototype.conversationId = "";
                Contact.prototype.confirmed = false;

                Contact.create = function(properties) {
                    return new Contact(properties);
                };

                Contact.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.uri != null && $Object.hasOwnProperty.call(m, "uri") && m.uri !== "")
                        w.uint32(10).string(m.uri);
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                        w.uint32(18).string(m.conversationId);
                    if (m.confirmed != null && $Object.hasOwnProperty.call(m, "confirmed") && m.confirmed !== false)
                        w.uint32(24).bool(m.confirmed);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                Contact.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.Contact();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.uri = v;
                                else
                                    delete m.uri;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.conversationId = v;
                                else
                                    delete m.conversationId;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.confirmed = v;
                                else
                                    delete m.confirmed;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                Contact.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.Contact)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.Contact: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.Contact();
                    if (d.uri != null) {
                        if (typeof d.uri !== "string" || d.uri.length) {
                            m.uri = $String(d.uri);
                        }
                    }
                    if (d.conversationId != null) {
                        if (typeof d.conversationId !== "string" || d.conversationId.length) {
                            m.conversationId = $String(d.conversationId);
                        }
                    }
                    if (d.confirmed != null) {
                        if (d.confirmed) {
                            m.confirmed = $Boolean(d.confirmed);
                        }
                    }
                    return m;
                };

                Contact.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.uri = "";
                        d.conversationId = "";
                        d.confirmed = false;
                    }
                    if (m.uri != null && $Object.hasOwnProperty.call(m, "uri")) {
                        d.uri = m.uri;
                    }
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                        d.conversationId = m.conversationId;
                    }
                    if (m.confirmed != null && $Object.hasOwnProperty.call(m, "confirmed")) {
                        d.confirmed = m.confirmed;
                    }
                    return d;
                };

                Contact.prototype.toJSON = function() {
                    return Contact.toObject(this, $protobuf.util.toJSONOptions);
                };

                Contact.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.Contact";
                };

                return Contact;
            })();

            v1.AddContactRequest = (function() {

                const AddContactRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                AddContactRequest.prototype.uri = "";

                AddContactRequest.create = function(properties) {
                    return new AddContactRequest(properties);
                };

                AddContactRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.uri != null && $Object.hasOwnProperty.call(m, "uri") && m.uri !== "")
                        w.uint32(10).string(m.uri);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                AddContactRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.AddContactRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.uri = v;
                                else
                                    delete m.uri;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                AddContactRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.AddContactRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.AddContactRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.AddContactRequest();
                    if (d.uri != null) {
                        if (typeof d.uri !== "string" || d.uri.length) {
                            m.uri = $String(d.uri);
                        }
                    }
                    return m;
                };

                AddContactRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.uri = "";
                    }
                    if (m.uri != null && $Object.hasOwnProperty.call(m, "uri")) {
                        d.uri = m.uri;
                    }
                    return d;
                };

                AddContactRequest.prototype.toJSON = function() {
                    return AddContactRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                AddContactRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.AddContactRequest";
                };

                return AddContactRequest;
            })();

            v1.AddContactResponse = (function() {

                const AddContactResponse = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                AddContactResponse.prototype.conversationId = "";
                AddContactResponse.prototype.created = false;

                AddContactResponse.create = function(properties) {
                    return new AddContactResponse(properties);
                };

                AddContactResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                        w.uint32(10).string(m.conversationId);
                    if (m.created != null && $Object.hasOwnProperty.call(m, "created") && m.created !== false)
                        w.uint32(16).bool(m.created);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                AddContactResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.AddContactResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.conversationId = v;
                                else
                                    delete m.conversationId;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.created = v;
                                else
                                    delete m.created;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                AddContactResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.AddContactResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.AddContactResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.AddContactResponse();
                    if (d.conversationId != null) {
                        if (typeof d.conversationId !== "string" || d.conversationId.length) {
                            m.conversationId = $String(d.conversationId);
                        }
                    }
                    if (d.created != null) {
                        if (d.created) {
                            m.created = $Boolean(d.created);
                        }
                    }
                    return m;
                };

                AddContactResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.conversationId = "";
                        d.created = false;
                    }
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                        d.conversationId = m.conversationId;
                    }
                    if (m.created != null && $Object.hasOwnProperty.call(m, "created")) {
                        d.created = m.created;
                    }
                    return d;
                };

                AddContactResponse.prototype.toJSON = function() {
                    return AddContactResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                AddContactResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.AddContactResponse";
                };

                return AddContactResponse;
            })();

            v1.ListContactsRequest = (function() {

                const ListContactsRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ListContactsRequest.create = function(properties) {
                    return new ListContactsRequest(properties);
                };

                ListContactsRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ListContactsRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.ListContactsRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        r.skipType(t & 7, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ListContactsRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.ListContactsRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.ListContactsRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.skarm.store.v1.ListContactsRequest();
                };

                ListContactsRequest.toObject = function () {
                    return {};
                };

                ListContactsRequest.prototype.toJSON = function() {
                    return ListContactsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                ListContactsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.ListContactsRequest";
                };

                return ListContactsRequest;
            })();

            v1.ListContactsResponse = (function() {

                const ListContactsResponse = function (p) {
                    this.contacts = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ListContactsResponse.prototype.contacts = $util.emptyArray;

                ListContactsResponse.create = function(properties) {
                    return new ListContactsResponse(properties);
                };

                ListContactsResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.contacts != null && m.contacts.length) {
                        for (var i = 0; i < m.contacts.length; ++i)
                            $root.skarm.store.v1.Contact.encode(m.contacts[i], w.uint32(10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ListContactsResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.ListContactsResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if (!(m.contacts && m.contacts.length))
                                    m.contacts = [];
                                m.contacts.push($root.skarm.store.v1.Contact.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ListContactsResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.ListContactsResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.ListContactsResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.ListContactsResponse();
                    if (d.contacts) {
                        if (!$Array.isArray(d.contacts))
                            throw $TypeError(".skarm.store.v1.ListContactsResponse.contacts: array expected");
                        m.contacts = $Array(d.contacts.length);
                        for (var i = 0; i < d.contacts.length; ++i) {
                            if (!$util.isObject(d.contacts[i]))
                                throw $TypeError(".skarm.store.v1.ListContactsResponse.contacts: object expected");
                            m.contacts[i] = $root.skarm.store.v1.Contact.fromObject(d.contacts[i], q + 1);
                        }
                    }
                    return m;
                };

                ListContactsResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.contacts = [];
                    }
                    if (m.contacts && m.contacts.length) {
                        d.contacts = $Array(m.contacts.length);
                        for (var j = 0; j < m.contacts.length; ++j) {
                            d.contacts[j] = $root.skarm.store.v1.Contact.toObject(m.contacts[j], o, q + 1);
                        }
                    }
                    return d;
                };

                ListContactsResponse.prototype.toJSON = function() {
                    return ListContactsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                ListContactsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.ListContactsResponse";
                };

                return ListContactsResponse;
            })();

            v1.ContactRef = (function() {

                const ContactRef = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ContactRef.prototype.uri = "";

                ContactRef.create = function(properties) {
                    return new ContactRef(properties);
                };

                ContactRef.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.uri != null && $Object.hasOwnProperty.call(m, "uri") && m.uri !== "")
                        w.uint32(10).string(m.uri);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ContactRef.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.ContactRef();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.uri = v;
                                else
                                    delete m.uri;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ContactRef.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.ContactRef)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.ContactRef: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.ContactRef();
                    if (d.uri != null) {
                        if (typeof d.uri !== "string" || d.uri.length) {
                            m.uri = $String(d.uri);
                        }
                    }
                    return m;
                };

                ContactRef.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.uri = "";
                    }
                    if (m.uri != null && $Object.hasOwnProperty.call(m, "uri")) {
                        d.uri = m.uri;
                    }
                    return d;
                };

                ContactRef.prototype.toJSON = function() {
                    return ContactRef.toObject(this, $protobuf.util.toJSONOptions);
                };

                ContactRef.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.ContactRef";
                };

                return ContactRef;
            })();

            v1.RevokeDeviceRequest = (function() {

                const RevokeDeviceRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                RevokeDeviceRequest.prototype.deviceId = "";

                RevokeDeviceRequest.create = function(properties) {
                    return new RevokeDeviceRequest(properties);
                };

                RevokeDeviceRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== "")
                        w.uint32(10).string(m.deviceId);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                RevokeDeviceRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.store.v1.RevokeDeviceRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.deviceId = v;
                                else
                                    delete m.deviceId;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                RevokeDeviceRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.store.v1.RevokeDeviceRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.store.v1.RevokeDeviceRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.store.v1.RevokeDeviceRequest();
                    if (d.deviceId != null) {
                        if (typeof d.deviceId !== "string" || d.deviceId.length) {
                            m.deviceId = $String(d.deviceId);
                        }
                    }
                    return m;
                };

                RevokeDeviceRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.deviceId = "";
                    }
                    if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                        d.deviceId = m.deviceId;
                    }
                    return d;
                };

                RevokeDeviceRequest.prototype.toJSON = function() {
                    return RevokeDeviceRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                RevokeDeviceRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.store.v1.RevokeDeviceRequest";
                };

                return RevokeDeviceRequest;
            })();

            return v1;
        })();

        return store;
    })();

    skarm.files = (function() {

        const files = {};

        files.v1 = (function() {

            const v1 = {};

            v1.PutFileRequest = (function() {

                const PutFileRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                PutFileRequest.prototype.conversationId = "";
                PutFileRequest.prototype.commitId = "";
                PutFileRequest.prototype.tid = "";
                PutFileRequest.prototype.extension = "";
                PutFileRequest.prototype.data = $util.newBuffer([]);

                PutFileRequest.create = function(properties) {
                    return new PutFileRequest(properties);
                };

                PutFileRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                        w.uint32(10).string(m.conversationId);
                    if (m.commitId != null && $Object.hasOwnProperty.call(m, "commitId") && m.commitId !== "")
                        w.uint32(18).string(m.commitId);
                    if (m.tid != null && $Object.hasOwnProperty.call(m, "tid") && m.tid !== "")
                        w.uint32(26).string(m.tid);
                    if (m.extension != null && $Object.hasOwnProperty.call(m, "extension") && m.extension !== "")
                        w.uint32(34).string(m.extension);
                    if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                        w.uint32(42).bytes(m.data);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                PutFileRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.files.v1.PutFileRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.conversationId = v;
                                else
                                    delete m.conversationId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.commitId = v;
                                else
                                    delete m.commitId;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.tid = v;
                                else
                                    delete m.tid;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.extension = v;
                                else
                                    delete m.extension;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.data = v;
                                else
                                    delete m.data;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                PutFileRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.files.v1.PutFileRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.files.v1.PutFileRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.files.v1.PutFileRequest();
                    if (d.conversationId != null) {
                        if (typeof d.conversationId !== "string" || d.conversationId.length) {
                            m.conversationId = $String(d.conversationId);
                        }
                    }
                    if (d.commitId != null) {
                        if (typeof d.commitId !== "string" || d.commitId.length) {
                            m.commitId = $String(d.commitId);
                        }
                    }
                    if (d.tid != null) {
                        if (typeof d.tid !== "string" || d.tid.length) {
                            m.tid = $String(d.tid);
                        }
                    }
                    if (d.extension != null) {
                        if (typeof d.extension !== "string" || d.extension.length) {
                            m.extension = $String(d.extension);
                        }
                    }
                    if (d.data != null) {
                        if (d.data.length) {
                            if (typeof d.data === "string")
                                $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                            else if (d.data.length >= 0)
                                m.data = d.data;
                        }
                    }
                    return m;
                };

                PutFileRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.conversationId = "";
                        d.commitId = "";
                        d.tid = "";
                        d.extension = "";
                        if (o.bytes === $String)
                            d.data = "";
                        else {
                            d.data = [];
                            if (o.bytes !== $Array)
                                d.data = $util.newBuffer(d.data);
                        }
                    }
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                        d.conversationId = m.conversationId;
                    }
                    if (m.commitId != null && $Object.hasOwnProperty.call(m, "commitId")) {
                        d.commitId = m.commitId;
                    }
                    if (m.tid != null && $Object.hasOwnProperty.call(m, "tid")) {
                        d.tid = m.tid;
                    }
                    if (m.extension != null && $Object.hasOwnProperty.call(m, "extension")) {
                        d.extension = m.extension;
                    }
                    if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                        d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                    }
                    return d;
                };

                PutFileRequest.prototype.toJSON = function() {
                    return PutFileRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                PutFileRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.files.v1.PutFileRequest";
                };

                return PutFileRequest;
            })();

            v1.PutFileResponse = (function() {

                const PutFileResponse = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                PutFileResponse.prototype.path = "";
                PutFileResponse.prototype.sha3sum = "";

                PutFileResponse.create = function(properties) {
                    return new PutFileResponse(properties);
                };

                PutFileResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                        w.uint32(10).string(m.path);
                    if (m.sha3sum != null && $Object.hasOwnProperty.call(m, "sha3sum") && m.sha3sum !== "")
                        w.uint32(18).string(m.sha3sum);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                PutFileResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.files.v1.PutFileResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.path = v;
                                else
                                    delete m.path;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.sha3sum = v;
                                else
                                    delete m.sha3sum;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                PutFileResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.files.v1.PutFileResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.files.v1.PutFileResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.files.v1.PutFileResponse();
                    if (d.path != null) {
                        if (typeof d.path !== "string" || d.path.length) {
                            m.path = $String(d.path);
                        }
                    }
                    if (d.sha3sum != null) {
                        if (typeof d.sha3sum !== "string" || d.sha3sum.length) {
                            m.sha3sum = $String(d.sha3sum);
                        }
                    }
                    return m;
                };

                PutFileResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.path = "";
                        d.sha3sum = "";
                    }
                    if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                        d.path = m.path;
                    }
                    if (m.sha3sum != null && $Object.hasOwnProperty.call(m, "sha3sum")) {
                        d.sha3sum = m.sha3sum;
                    }
                    return d;
                };

                PutFileResponse.prototype.toJSON = function() {
                    return PutFileResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                PutFileResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.files.v1.PutFileResponse";
                };

                return PutFileResponse;
            })();

            v1.GetFileRequest = (function() {

                const GetFileRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                GetFileRequest.prototype.conversationId = "";
                GetFileRequest.prototype.fileId = "";

                GetFileRequest.create = function(properties) {
                    return new GetFileRequest(properties);
                };

                GetFileRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                        w.uint32(10).string(m.conversationId);
                    if (m.fileId != null && $Object.hasOwnProperty.call(m, "fileId") && m.fileId !== "")
                        w.uint32(18).string(m.fileId);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                GetFileRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.files.v1.GetFileRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.conversationId = v;
                                else
                                    delete m.conversationId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.fileId = v;
                                else
                                    delete m.fileId;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                GetFileRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.files.v1.GetFileRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.files.v1.GetFileRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.files.v1.GetFileRequest();
                    if (d.conversationId != null) {
                        if (typeof d.conversationId !== "string" || d.conversationId.length) {
                            m.conversationId = $String(d.conversationId);
                        }
                    }
                    if (d.fileId != null) {
                        if (typeof d.fileId !== "string" || d.fileId.length) {
                            m.fileId = $String(d.fileId);
                        }
                    }
                    return m;
                };

                GetFileRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.conversationId = "";
                        d.fileId = "";
                    }
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                        d.conversationId = m.conversationId;
                    }
                    if (m.fileId != null && $Object.hasOwnProperty.call(m, "fileId")) {
                        d.fileId = m.fileId;
                    }
                    return d;
                };

                GetFileRequest.prototype.toJSON = function() {
                    return GetFileRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                GetFileRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.files.v1.GetFileRequest";
                };

                return GetFileRequest;
            })();

            v1.GetFileResponse = (function() {

                const GetFileResponse = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                GetFileResponse.prototype.present = false;
                GetFileResponse.prototype.data = $util.newBuffer([]);
                GetFileResponse.prototype.sha3sum = "";

                GetFileResponse.create = function(properties) {
                    return new GetFileResponse(properties);
                };

                GetFileResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.present != null && $Object.hasOwnProperty.call(m, "present") && m.present !== false)
                        w.uint32(8).bool(m.present);
                    if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                        w.uint32(18).bytes(m.data);
                    if (m.sha3sum != null && $Object.hasOwnProperty.call(m, "sha3sum") && m.sha3sum !== "")
                        w.uint32(26).string(m.sha3sum);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                GetFileResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.files.v1.GetFileResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.present = v;
                                else
                                    delete m.present;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.data = v;
                                else
                                    delete m.data;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.sha3sum = v;
                                else
                                    delete m.sha3sum;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                GetFileResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.files.v1.GetFileResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.files.v1.GetFileResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.files.v1.GetFileResponse();
                    if (d.present != null) {
                        if (d.present) {
                            m.present = $Boolean(d.present);
                        }
                    }
                    if (d.data != null) {
                        if (d.data.length) {
                            if (typeof d.data === "string")
                                $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                            else if (d.data.length >= 0)
                                m.data = d.data;
                        }
                    }
                    if (d.sha3sum != null) {
                        if (typeof d.sha3sum !== "string" || d.sha3sum.length) {
                            m.sha3sum = $String(d.sha3sum);
                        }
                    }
                    return m;
                };

                GetFileResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.present = false;
                        if (o.bytes === $String)
                            d.data = "";
                        else {
                            d.data = [];
                            if (o.bytes !== $Array)
                                d.data = $util.newBuffer(d.data);
                        }
                        d.sha3sum = "";
                    }
                    if (m.present != null && $Object.hasOwnProperty.call(m, "present")) {
                        d.present = m.present;
                    }
                    if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                        d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                    }
                    if (m.sha3sum != null && $Object.hasOwnProperty.call(m, "sha3sum")) {
                        d.sha3sum = m.sha3sum;
                    }
                    return d;
                };

                GetFileResponse.prototype.toJSON = function() {
                    return GetFileResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                GetFileResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.files.v1.GetFileResponse";
                };

                return GetFileResponse;
            })();

            return v1;
        })();

        return files;
    })();

    skarm.sync = (function() {

        const sync = {};

        sync.v1 = (function() {

            const v1 = {};

            v1.ListHeadsRequest = (function() {

                const ListHeadsRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ListHeadsRequest.prototype.uri = "";
                ListHeadsRequest.prototype.conversationId = "";

                ListHeadsRequest.create = function(properties) {
                    return new ListHeadsRequest(properties);
                };

                ListHeadsRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.uri != null && $Object.hasOwnProperty.call(m, "uri") && m.uri !== "")
                        w.uint32(10).string(m.uri);
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                        w.uint32(18).string(m.conversationId);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ListHeadsRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.sync.v1.ListHeadsRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.uri = v;
                                else
                                    delete m.uri;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.conversationId = v;
                                else
                                    delete m.conversationId;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ListHeadsRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.sync.v1.ListHeadsRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.sync.v1.ListHeadsRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.sync.v1.ListHeadsRequest();
                    if (d.uri != null) {
                        if (typeof d.uri !== "string" || d.uri.length) {
                            m.uri = $String(d.uri);
                        }
                    }
                    if (d.conversationId != null) {
                        if (typeof d.conversationId !== "string" || d.conversationId.length) {
                            m.conversationId = $String(d.conversationId);
                        }
                    }
                    return m;
                };

                ListHeadsRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.uri = "";
                        d.conversationId = "";
                    }
                    if (m.uri != null && $Object.hasOwnProperty.call(m, "uri")) {
                        d.uri = m.uri;
                    }
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                        d.conversationId = m.conversationId;
                    }
                    return d;
                };

                ListHeadsRequest.prototype.toJSON = function() {
                    return ListHeadsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                ListHeadsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.sync.v1.ListHeadsRequest";
                };

                return ListHeadsRequest;
            })();

            v1.ConversationHead = (function() {

                const ConversationHead = function (p) {
                    this.devices = [];
                    this.members = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ConversationHead.prototype.conversationId = "";
                ConversationHead.prototype.head = "";
                ConversationHead.prototype.role = "";
                ConversationHead.prototype.devices = $util.emptyArray;
                ConversationHead.prototype.title = "";
                ConversationHead.prototype.description = "";
                ConversationHead.prototype.avatar = "";
                ConversationHead.prototype.members = $util.emptyArray;
                ConversationHead.prototype.inviter = "";
                ConversationHead.prototype.mode = "";

                ConversationHead.create = function(properties) {
                    return new ConversationHead(properties);
                };

                ConversationHead.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                        w.uint32(10).string(m.conversationId);
                    if (m.head != null && $Object.hasOwnProperty.call(m, "head") && m.head !== "")
                        w.uint32(18).string(m.head);
                    if (m.role != null && $Object.hasOwnProperty.call(m, "role") && m.role !== "")
                        w.uint32(26).string(m.role);
                    if (m.devices != null && m.devices.length) {
                        for (var i = 0; i < m.devices.length; ++i)
                            w.uint32(34).string(m.devices[i]);
                    }
                    if (m.title != null && $Object.hasOwnProperty.call(m, "title") && m.title !== "")
                        w.uint32(42).string(m.title);
                    if (m.description != null && $Object.hasOwnProperty.call(m, "description") && m.description !== "")
                        w.uint32(50).string(m.description);
                    if (m.avatar != null && $Object.hasOwnProperty.call(m, "avatar") && m.avatar !== "")
                        w.uint32(58).string(m.avatar);
                    if (m.members != null && m.members.length) {
                        for (var i = 0; i < m.members.length; ++i)
                            w.uint32(66).string(m.members[i]);
                    }
                    if (m.inviter != null && $Object.hasOwnProperty.call(m, "inviter") && m.inviter !== "")
                        w.uint32(74).string(m.inviter);
                    if (m.mode != null && $Object.hasOwnProperty.call(m, "mode") && m.mode !== "")
                        w.uint32(82).string(m.mode);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ConversationHead.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.sync.v1.ConversationHead();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.conversationId = v;
                                else
                                    delete m.conversationId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.head = v;
                                else
                                    delete m.head;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.role = v;
                                else
                                    delete m.role;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if (!(m.devices && m.devices.length))
                                    m.devices = [];
                                m.devices.push(r.stringVerify());
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.title = v;
                                else
                                    delete m.title;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.description = v;
                                else
                                    delete m.description;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.avatar = v;
                                else
                                    delete m.avatar;
                                continue;
                            }
                        case 8: {
                                if (u !== 2)
                                    break;
                                if (!(m.members && m.members.length))
                                    m.members = [];
                                m.members.push(r.stringVerify());
                                continue;
                            }
                        case 9: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.inviter = v;
                                else
                                    delete m.inviter;
                                continue;
                            }
                        case 10: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.mode = v;
                                else
                                    delete m.mode;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ConversationHead.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.sync.v1.ConversationHead)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.sync.v1.ConversationHead: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.sync.v1.ConversationHead();
                    if (d.conversationId != null) {
                        if (typeof d.conversationId !== "string" || d.conversationId.length) {
                            m.conversationId = $String(d.conversationId);
                        }
                    }
                    if (d.head != null) {
                        if (typeof d.head !== "string" || d.head.length) {
                            m.head = $String(d.head);
                        }
                    }
                    if (d.role != null) {
                        if (typeof d.role !== "string" || d.role.length) {
                            m.role = $String(d.role);
                        }
                    }
                    if (d.devices) {
                        if (!$Array.isArray(d.devices))
                            throw $TypeError(".skarm.sync.v1.ConversationHead.devices: array expected");
                        m.devices = $Array(d.devices.length);
                        for (var i = 0; i < d.devices.length; ++i) {
                            m.devices[i] = $String(d.devices[i]);
                        }
                    }
                    if (d.title != null) {
                        if (typeof d.title !== "string" || d.title.length) {
                            m.title = $String(d.title);
                        }
                    }
                    if (d.description != null) {
                        if (typeof d.description !== "string" || d.description.length) {
                            m.description = $String(d.description);
                        }
                    }
                    if (d.avatar != null) {
                        if (typeof d.avatar !== "string" || d.avatar.length) {
                            m.avatar = $String(d.avatar);
                        }
                    }
                    if (d.members) {
                        if (!$Array.isArray(d.members))
                            throw $TypeError(".skarm.sync.v1.ConversationHead.members: array expected");
                        m.members = $Array(d.members.length);
                        for (var i = 0; i < d.members.length; ++i) {
                            m.members[i] = $String(d.members[i]);
                        }
                    }
                    if (d.inviter != null) {
                        if (typeof d.inviter !== "string" || d.inviter.length) {
                            m.inviter = $String(d.inviter);
                        }
                    }
                    if (d.mode != null) {
                        if (typeof d.mode !== "string" || d.mode.length) {
                            m.mode = $String(d.mode);
                        }
                    }
                    return m;
                };

                ConversationHead.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.devices = [];
                        d.members = [];
                    }
                    if (o.defaults) {
                        d.conversationId = "";
                        d.head = "";
                        d.role = "";
                        d.title = "";
                        d.description = "";
                        d.avatar = "";
                        d.inviter = "";
                        d.mode = "";
                    }
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                        d.conversationId = m.conversationId;
                    }
                    if (m.head != null && $Object.hasOwnProperty.call(m, "head")) {
                        d.head = m.head;
                    }
                    if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                        d.role = m.role;
                    }
                    if (m.devices && m.devices.length) {
                        d.devices = $Array(m.devices.length);
                        for (var j = 0; j < m.devices.length; ++j) {
                            d.devices[j] = m.devices[j];
                        }
                    }
                    if (m.title != null && $Object.hasOwnProperty.call(m, "title")) {
                        d.title = m.title;
                    }
                    if (m.description != null && $Object.hasOwnProperty.call(m, "description")) {
                        d.description = m.description;
                    }
                    if (m.avatar != null && $Object.hasOwnProperty.call(m, "avatar")) {
                        d.avatar = m.avatar;
                    }
                    if (m.members && m.members.length) {
                        d.members = $Array(m.members.length);
                        for (var j = 0; j < m.members.length; ++j) {
                            d.members[j] = m.members[j];
                        }
                    }
                    if (m.inviter != null && $Object.hasOwnProperty.call(m, "inviter")) {
                        d.inviter = m.inviter;
                    }
                    if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                        d.mode = m.mode;
                    }
                    return d;
                };

                ConversationHead.prototype.toJSON = function() {
                    return ConversationHead.toObject(this, $protobuf.util.toJSONOptions);
                };

                ConversationHead.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.sync.v1.ConversationHead";
                };

                return ConversationHead;
            })();

            v1.ListHeadsResponse = (function() {

                const ListHeadsResponse = function (p) {
                    this.conversations = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ListHeadsResponse.prototype.conversations = $util.emptyArray;

                ListHeadsResponse.create = function(properties) {
                    return new ListHeadsResponse(properties);
                };

                ListHeadsResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.conversations != null && m.conversations.length) {
                        for (var i = 0; i < m.conversations.length; ++i)
                            $root.skarm.sync.v1.ConversationHead.encode(m.conversations[i], w.uint32(10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ListHeadsResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.sync.v1.ListHeadsResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if (!(m.conversations && m.conversations.length))
                                    m.conversations = [];
                                m.conversations.push($root.skarm.sync.v1.ConversationHead.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ListHeadsResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.sync.v1.ListHeadsResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.sync.v1.ListHeadsResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.sync.v1.ListHeadsResponse();
                    if (d.conversations) {
                        if (!$Array.isArray(d.conversations))
                            throw $TypeError(".skarm.sync.v1.ListHeadsResponse.conversations: array expected");
                        m.conversations = $Array(d.conversations.length);
                        for (var i = 0; i < d.conversations.length; ++i) {
                            if (!$util.isObject(d.conversations[i]))
                                throw $TypeError(".skarm.sync.v1.ListHeadsResponse.conversations: object expected");
                            m.conversations[i] = $root.skarm.sync.v1.ConversationHead.fromObject(d.conversations[i], q + 1);
                        }
                    }
                    return m;
                };

                ListHeadsResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.conversations = [];
                    }
                    if (m.conversations && m.conversations.length) {
                        d.conversations = $Array(m.conversations.length);
                        for (var j = 0; j < m.conversations.length; ++j) {
                            d.conversations[j] = $root.skarm.sync.v1.ConversationHead.toObject(m.conversations[j], o, q + 1);
                        }
                    }
                    return d;
                };

                ListHeadsResponse.prototype.toJSON = function() {
                    return ListHeadsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                ListHeadsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.sync.v1.ListHeadsResponse";
                };

                return ListHeadsResponse;
            })();

            v1.AuthorizeRequest = (function() {

                const AuthorizeRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                AuthorizeRequest.prototype.conversationId = "";
                AuthorizeRequest.prototype.uri = "";
                AuthorizeRequest.prototype.deviceId = "";

                AuthorizeRequest.create = function(properties) {
                    return new AuthorizeRequest(properties);
                };

                AuthorizeRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                        w.uint32(10).string(m.conversationId);
                    if (m.uri != null && $Object.hasOwnProperty.call(m, "uri") && m.uri !== "")
                        w.uint32(18).string(m.uri);
                    if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== "")
                        w.uint32(26).string(m.deviceId);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                AuthorizeRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.sync.v1.AuthorizeRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.conversationId = v;
                                else
                                    delete m.conversationId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.uri = v;
                                else
                                    delete m.uri;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.deviceId = v;
                                else
                                    delete m.deviceId;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                AuthorizeRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.sync.v1.AuthorizeRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.sync.v1.AuthorizeRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.sync.v1.AuthorizeRequest();
                    if (d.conversationId != null) {
                        if (typeof d.conversationId !== "string" || d.conversationId.length) {
                            m.conversationId = $String(d.conversationId);
                        }
                    }
                    if (d.uri != null) {
                        if (typeof d.uri !== "string" || d.uri.length) {
                            m.uri = $String(d.uri);
                        }
                    }
                    if (d.deviceId != null) {
                        if (typeof d.deviceId !== "string" || d.deviceId.length) {
                            m.deviceId = $String(d.deviceId);
                        }
                    }
                    return m;
                };

                AuthorizeRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.conversationId = "";
                        d.uri = "";
                        d.deviceId = "";
                    }
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                        d.conversationId = m.conversationId;
                    }
                    if (m.uri != null && $Object.hasOwnProperty.call(m, "uri")) {
                        d.uri = m.uri;
                    }
                    if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                        d.deviceId = m.deviceId;
                    }
                    return d;
                };

                AuthorizeRequest.prototype.toJSON = function() {
                    return AuthorizeRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                AuthorizeRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.sync.v1.AuthorizeRequest";
                };

                return AuthorizeRequest;
            })();

            v1.AuthorizeResponse = (function() {

                const AuthorizeResponse = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                AuthorizeResponse.prototype.allowed = false;
                AuthorizeResponse.prototype.repoPath = "";
                AuthorizeResponse.prototype.head = "";
                AuthorizeResponse.prototype.role = "";

                AuthorizeResponse.create = function(properties) {
                    return new AuthorizeResponse(properties);
                };

                AuthorizeResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.allowed != null && $Object.hasOwnProperty.call(m, "allowed") && m.allowed !== false)
                        w.uint32(8).bool(m.allowed);
                    if (m.repoPath != null && $Object.hasOwnProperty.call(m, "repoPath") && m.repoPath !== "")
                        w.uint32(18).string(m.repoPath);
                    if (m.head != null && $Object.hasOwnProperty.call(m, "head") && m.head !== "")
                        w.uint32(26).string(m.head);
                    if (m.role != null && $Object.hasOwnProperty.call(m, "role") && m.role !== "")
                        w.uint32(34).string(m.role);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                AuthorizeResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.sync.v1.AuthorizeResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.allowed = v;
                                else
                                    delete m.allowed;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.repoPath = v;
                                else
                                    delete m.repoPath;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.head = v;
                                else
                                    delete m.head;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.role = v;
                                else
                                    delete m.role;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                AuthorizeResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.sync.v1.AuthorizeResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.sync.v1.AuthorizeResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.sync.v1.AuthorizeResponse();
                    if (d.allowed != null) {
                        if (d.allowed) {
                            m.allowed = $Boolean(d.allowed);
                        }
                    }
                    if (d.repoPath != null) {
                        if (typeof d.repoPath !== "string" || d.repoPath.length) {
                            m.repoPath = $String(d.repoPath);
                        }
                    }
                    if (d.head != null) {
                        if (typeof d.head !== "string" || d.head.length) {
                            m.head = $String(d.head);
                        }
                    }
                    if (d.role != null) {
                        if (typeof d.role !== "string" || d.role.length) {
                            m.role = $String(d.role);
                        }
                    }
                    return m;
                };

                AuthorizeResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.allowed = false;
                        d.repoPath = "";
                        d.head = "";
                        d.role = "";
                    }
                    if (m.allowed != null && $Object.hasOwnProperty.call(m, "allowed")) {
                        d.allowed = m.allowed;
                    }
                    if (m.repoPath != null && $Object.hasOwnProperty.call(m, "repoPath")) {
                        d.repoPath = m.repoPath;
                    }
                    if (m.head != null && $Object.hasOwnProperty.call(m, "head")) {
                        d.head = m.head;
                    }
                    if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                        d.role = m.role;
                    }
                    return d;
                };

                AuthorizeResponse.prototype.toJSON = function() {
                    return AuthorizeResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                AuthorizeResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.sync.v1.AuthorizeResponse";
                };

                return AuthorizeResponse;
            })();

            v1.ImportRequest = (function() {

                const ImportRequest = function (p) {
                    this.objects = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ImportRequest.prototype.conversationId = "";
                ImportRequest.prototype.quarantinePath = "";
                ImportRequest.prototype.tip = "";
                ImportRequest.prototype.objects = $util.emptyArray;

                ImportRequest.create = function(properties) {
                    return new ImportRequest(properties);
                };

                ImportRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                        w.uint32(10).string(m.conversationId);
                    if (m.quarantinePath != null && $Object.hasOwnProperty.call(m, "quarantinePath") && m.quarantinePath !== "")
                        w.uint32(18).string(m.quarantinePath);
                    if (m.tip != null && $Object.hasOwnProperty.call(m, "tip") && m.tip !== "")
                        w.uint32(26).string(m.tip);
                    if (m.objects != null && m.objects.length) {
                        for (var i = 0; i < m.objects.length; ++i)
                            $root.skarm.common.v1.GitObject.encode(m.objects[i], w.uint32(34).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ImportRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.sync.v1.ImportRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.conversationId = v;
                                else
                                    delete m.conversationId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.quarantinePath = v;
                                else
                                    delete m.quarantinePath;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.tip = v;
                                else
                                    delete m.tip;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if (!(m.objects && m.objects.length))
                                    m.objects = [];
                                m.objects.push($root.skarm.common.v1.GitObject.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ImportRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.sync.v1.ImportRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.sync.v1.ImportRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.sync.v1.ImportRequest();
                    if (d.conversationId != null) {
                        if (typeof d.conversationId !== "string" || d.conversationId.length) {
                            m.conversationId = $String(d.conversationId);
                        }
                    }
                    if (d.quarantinePath != null) {
                        if (typeof d.quarantinePath !== "string" || d.quarantinePath.length) {
                            m.quarantinePath = $String(d.quarantinePath);
                        }
                    }
                    if (d.tip != null) {
                        if (typeof d.tip !== "string" || d.tip.length) {
                            m.tip = $String(d.tip);
                        }
                    }
                    if (d.objects) {
                        if (!$Array.isArray(d.objects))
                            throw $TypeError(".skarm.sync.v1.ImportRequest.objects: array expected");
                        m.objects = $Array(d.objects.length);
                        for (var i = 0; i < d.objects.length; ++i) {
                            if (!$util.isObject(d.objects[i]))
                                throw $TypeError(".skarm.sync.v1.ImportRequest.objects: object expected");
                            m.objects[i] = $root.skarm.common.v1.GitObject.fromObject(d.objects[i], q + 1);
                        }
                    }
                    return m;
                };

                ImportRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.objects = [];
                    }
                    if (o.defaults) {
                        d.conversationId = "";
                        d.quarantinePath = "";
                        d.tip = "";
                    }
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                        d.conversationId = m.conversationId;
                    }
                    if (m.quarantinePath != null && $Object.hasOwnProperty.call(m, "quarantinePath")) {
                        d.quarantinePath = m.quarantinePath;
                    }
                    if (m.tip != null && $Object.hasOwnProperty.call(m, "tip")) {
                        d.tip = m.tip;
                    }
                    if (m.objects && m.objects.length) {
                        d.objects = $Array(m.objects.length);
                        for (var j = 0; j < m.objects.length; ++j) {
                            d.objects[j] = $root.skarm.common.v1.GitObject.toObject(m.objects[j], o, q + 1);
                        }
                    }
                    return d;
                };

                ImportRequest.prototype.toJSON = function() {
                    return ImportRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                ImportRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.sync.v1.ImportRequest";
                };

                return ImportRequest;
            })();

            v1.ImportResponse = (function() {

                const ImportResponse = function (p) {
                    this.commits = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ImportResponse.prototype.head = "";
                ImportResponse.prototype.commits = $util.emptyArray;
                ImportResponse.prototype.merged = false;
                ImportResponse.prototype.replaced = false;

                ImportResponse.create = function(properties) {
                    return new ImportResponse(properties);
                };

                ImportResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.head != null && $Object.hasOwnProperty.call(m, "head") && m.head !== "")
                        w.uint32(10).string(m.head);
                    if (m.commits != null && m.commits.length) {
                        for (var i = 0; i < m.commits.length; ++i)
                            w.uint32(18).string(m.commits[i]);
                    }
                    if (m.merged != null && $Object.hasOwnProperty.call(m, "merged") && m.merged !== false)
                        w.uint32(24).bool(m.merged);
                    if (m.replaced != null && $Object.hasOwnProperty.call(m, "replaced") && m.replaced !== false)
                        w.uint32(32).bool(m.replaced);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ImportResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.sync.v1.ImportResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.head = v;
                                else
                                    delete m.head;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.commits && m.commits.length))
                                    m.commits = [];
                                m.commits.push(r.stringVerify());
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.merged = v;
                                else
                                    delete m.merged;
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.replaced = v;
                                else
                                    delete m.replaced;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ImportResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.sync.v1.ImportResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.sync.v1.ImportResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.sync.v1.ImportResponse();
                    if (d.head != null) {
                        if (typeof d.head !== "string" || d.head.length) {
                            m.head = $String(d.head);
                        }
                    }
                    if (d.commits) {
                        if (!$Array.isArray(d.commits))
                            throw $TypeError(".skarm.sync.v1.ImportResponse.commits: array expected");
                        m.commits = $Array(d.commits.length);
                        for (var i = 0; i < d.commits.length; ++i) {
                            m.commits[i] = $String(d.commits[i]);
                        }
                    }
                    if (d.merged != null) {
                        if (d.merged) {
                            m.merged = $Boolean(d.merged);
                        }
                    }
                    if (d.replaced != null) {
                        if (d.replaced) {
                            m.replaced = $Boolean(d.replaced);
                        }
                    }
                    return m;
                };

                ImportResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.commits = [];
                    }
                    if (o.defaults) {
                        d.head = "";
                        d.merged = false;
                        d.replaced = false;
                    }
                    if (m.head != null && $Object.hasOwnProperty.call(m, "head")) {
                        d.head = m.head;
                    }
                    if (m.commits && m.commits.length) {
                        d.commits = $Array(m.commits.length);
                        for (var j = 0; j < m.commits.length; ++j) {
                            d.commits[j] = m.commits[j];
                        }
                    }
                    if (m.merged != null && $Object.hasOwnProperty.call(m, "merged")) {
                        d.merged = m.merged;
                    }
                    if (m.replaced != null && $Object.hasOwnProperty.call(m, "replaced")) {
                        d.replaced = m.replaced;
                    }
                    return d;
                };

                ImportResponse.prototype.toJSON = function() {
                    return ImportResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                ImportResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.sync.v1.ImportResponse";
                };

                return ImportResponse;
            })();

            v1.ConversationRequest = (function() {

                const ConversationRequest = function (p) {
                    this.devices = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ConversationRequest.prototype.conversationId = "";
                ConversationRequest.prototype.from = "";
                ConversationRequest.prototype.received = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
                ConversationRequest.prototype.title = "";
                ConversationRequest.prototype.description = "";
                ConversationRequest.prototype.avatar = "";
                ConversationRequest.prototype.accepted = false;
                ConversationRequest.prototype.devices = $util.emptyArray;
                ConversationRequest.prototype.mode = "";

                ConversationRequest.create = function(properties) {
                    return new ConversationRequest(properties);
                };

                ConversationRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                        w.uint32(10).string(m.conversationId);
                    if (m.from != null && $Object.hasOwnProperty.call(m, "from") && m.from !== "")
                        w.uint32(18).string(m.from);
                    if (m.received != null && $Object.hasOwnProperty.call(m, "received") && (typeof m.received === "object" ? m.received.low || m.received.high : m.received !== 0))
                        w.uint32(24).int64(m.received);
                    if (m.title != null && $Object.hasOwnProperty.call(m, "title") && m.title !== "")
                        w.uint32(34).string(m.title);
                    if (m.description != null && $Object.hasOwnProperty.call(m, "description") && m.description !== "")
                        w.uint32(42).string(m.description);
                    if (m.avatar != null && $Object.hasOwnProperty.call(m, "avatar") && m.avatar !== "")
                        w.uint32(50).string(m.avatar);
                    if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted") && m.accepted !== false)
                        w.uint32(56).bool(m.accepted);
                    if (m.devices != null && m.devices.length) {
                        for (var i = 0; i < m.devices.length; ++i)
                            w.uint32(66).string(m.devices[i]);
                    }
                    if (m.mode != null && $Object.hasOwnProperty.call(m, "mode") && m.mode !== "")
                        w.uint32(74).string(m.mode);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ConversationRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.sync.v1.ConversationRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.conversationId = v;
                                else
                                    delete m.conversationId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.from = v;
                                else
                                    delete m.from;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.received = v;
                                else
                                    delete m.received;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.title = v;
                                else
                                    delete m.title;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.description = v;
                                else
                                    delete m.description;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.avatar = v;
                                else
                                    delete m.avatar;
                                continue;
                            }
                        case 7: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.accepted = v;
                                else
                                    delete m.accepted;
                                continue;
                            }
                        case 8: {
                                if (u !== 2)
                                    break;
                                if (!(m.devices && m.devices.length))
                                    m.devices = [];
                                m.devices.push(r.stringVerify());
                                continue;
                            }
                        case 9: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.mode = v;
                                else
                                    delete m.mode;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ConversationRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.sync.v1.ConversationRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.sync.v1.ConversationRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.sync.v1.ConversationRequest();
                    if (d.conversationId != null) {
                        if (typeof d.conversationId !== "string" || d.conversationId.length) {
                            m.conversationId = $String(d.conversationId);
                        }
                    }
                    if (d.from != null) {
                        if (typeof d.from !== "string" || d.from.length) {
                            m.from = $String(d.from);
                        }
                    }
                    if (d.received != null) {
                        if (typeof d.received === "object" ? d.received.low || d.received.high : $Number(d.received) !== 0) {
                            if ($util.Long)
                                m.received = $util.Long.fromValue(d.received, false);
                            else if (typeof d.received === "string")
                                m.received = $parseInt(d.received, 10);
                            else if (typeof d.received === "number")
                                m.received = d.received;
                            else if (typeof d.received === "object")
                                m.received = new $util.LongBits(d.received.low >>> 0, d.received.high >>> 0).toNumber();
                        }
                    }
                    if (d.title != null) {
                        if (typeof d.title !== "string" || d.title.length) {
                            m.title = $String(d.title);
                        }
                    }
                    if (d.description != null) {
                        if (typeof d.description !== "string" || d.description.length) {
                            m.description = $String(d.description);
                        }
                    }
                    if (d.avatar != null) {
                        if (typeof d.avatar !== "string" || d.avatar.length) {
                            m.avatar = $String(d.avatar);
                        }
                    }
                    if (d.accepted != null) {
                        if (d.accepted) {
                            m.accepted = $Boolean(d.accepted);
                        }
                    }
                    if (d.devices) {
                        if (!$Array.isArray(d.devices))
                            throw $TypeError(".skarm.sync.v1.ConversationRequest.devices: array expected");
                        m.devices = $Array(d.devices.length);
                        for (var i = 0; i < d.devices.length; ++i) {
                            m.devices[i] = $String(d.devices[i]);
                        }
                    }
                    if (d.mode != null) {
                        if (typeof d.mode !== "string" || d.mode.length) {
                            m.mode = $String(d.mode);
                        }
                    }
                    return m;
                };

                ConversationRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.devices = [];
                    }
                    if (o.defaults) {
                        d.conversationId = "";
                        d.from = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.received = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.received = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.title = "";
                        d.description = "";
                        d.avatar = "";
                        d.accepted = false;
                        d.mode = "";
                    }
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                        d.conversationId = m.conversationId;
                    }
                    if (m.from != null && $Object.hasOwnProperty.call(m, "from")) {
                        d.from = m.from;
                    }
                    if (m.received != null && $Object.hasOwnProperty.call(m, "received")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.received = typeof m.received === "number" ? $BigInt(m.received) : $util.Long.fromBits(m.received.low >>> 0, m.received.high >>> 0, false).toBigInt();
                        else if (typeof m.received === "number")
                            d.received = o.longs === $String ? $String(m.received) : m.received;
                        else
                            d.received = o.longs === $String ? $util.Long.prototype.toString.call(m.received) : o.longs === $Number ? new $util.LongBits(m.received.low >>> 0, m.received.high >>> 0).toNumber() : m.received;
                    }
                    if (m.title != null && $Object.hasOwnProperty.call(m, "title")) {
                        d.title = m.title;
                    }
                    if (m.description != null && $Object.hasOwnProperty.call(m, "description")) {
                        d.description = m.description;
                    }
                    if (m.avatar != null && $Object.hasOwnProperty.call(m, "avatar")) {
                        d.avatar = m.avatar;
                    }
                    if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted")) {
                        d.accepted = m.accepted;
                    }
                    if (m.devices && m.devices.length) {
                        d.devices = $Array(m.devices.length);
                        for (var j = 0; j < m.devices.length; ++j) {
                            d.devices[j] = m.devices[j];
                        }
                    }
                    if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                        d.mode = m.mode;
                    }
                    return d;
                };

                ConversationRequest.prototype.toJSON = function() {
                    return ConversationRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                ConversationRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.sync.v1.ConversationRequest";
                };

                return ConversationRequest;
            })();

            v1.AddRequestResponse = (function() {

                const AddRequestResponse = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                AddRequestResponse.prototype.added = false;

                AddRequestResponse.create = function(properties) {
                    return new AddRequestResponse(properties);
                };

                AddRequestResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.added != null && $Object.hasOwnProperty.call(m, "added") && m.added !== false)
                        w.uint32(8).bool(m.added);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                AddRequestResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.sync.v1.AddRequestResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.added = v;
                                else
                                    delete m.added;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                AddRequestResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.sync.v1.AddRequestResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.sync.v1.AddRequestResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.sync.v1.AddRequestResponse();
                    if (d.added != null) {
                        if (d.added) {
                            m.added = $Boolean(d.added);
                        }
                    }
                    return m;
                };

                AddRequestResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.added = false;
                    }
                    if (m.added != null && $Object.hasOwnProperty.call(m, "added")) {
                        d.added = m.added;
                    }
                    return d;
                };

                AddRequestResponse.prototype.toJSON = function() {
                    return AddRequestResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                AddRequestResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.sync.v1.AddRequestResponse";
                };

                return AddRequestResponse;
            })();

            v1.ListRequestsRequest = (function() {

                const ListRequestsRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ListRequestsRequest.prototype.includeAccepted = false;

                ListRequestsRequest.create = function(properties) {
                    return new ListRequestsRequest(properties);
                };

                ListRequestsRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.includeAccepted != null && $Object.hasOwnProperty.call(m, "includeAccepted") && m.includeAccepted !== false)
                        w.uint32(8).bool(m.includeAccepted);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ListRequestsRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.sync.v1.ListRequestsRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.includeAccepted = v;
                                else
                                    delete m.includeAccepted;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ListRequestsRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.sync.v1.ListRequestsRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.sync.v1.ListRequestsRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.sync.v1.ListRequestsRequest();
                    if (d.includeAccepted != null) {
                        if (d.includeAccepted) {
                            m.includeAccepted = $Boolean(d.includeAccepted);
                        }
                    }
                    return m;
                };

                ListRequestsRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.includeAccepted = false;
                    }
                    if (m.includeAccepted != null && $Object.hasOwnProperty.call(m, "includeAccepted")) {
                        d.includeAccepted = m.includeAccepted;
                    }
                    return d;
                };

                ListRequestsRequest.prototype.toJSON = function() {
                    return ListRequestsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                ListRequestsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.sync.v1.ListRequestsRequest";
                };

                return ListRequestsRequest;
            })();

            v1.ListRequestsResponse = (function() {

                const ListRequestsResponse = function (p) {
                    this.requests = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ListRequestsResponse.prototype.requests = $util.emptyArray;

                ListRequestsResponse.create = function(properties) {
                    return new ListRequestsResponse(properties);
                };

                ListRequestsResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.requests != null && m.requests.length) {
                        for (var i = 0; i < m.requests.length; ++i)
                            $root.skarm.sync.v1.ConversationRequest.encode(m.requests[i], w.uint32(10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ListRequestsResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.sync.v1.ListRequestsResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if (!(m.requests && m.requests.length))
                                    m.requests = [];
                                m.requests.push($root.skarm.sync.v1.ConversationRequest.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ListRequestsResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.sync.v1.ListRequestsResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.sync.v1.ListRequestsResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.sync.v1.ListRequestsResponse();
                    if (d.requests) {
                        if (!$Array.isArray(d.requests))
                            throw $TypeError(".skarm.sync.v1.ListRequestsResponse.requests: array expected");
                        m.requests = $Array(d.requests.length);
                        for (var i = 0; i < d.requests.length; ++i) {
                            if (!$util.isObject(d.requests[i]))
                                throw $TypeError(".skarm.sync.v1.ListRequestsResponse.requests: object expected");
                            m.requests[i] = $root.skarm.sync.v1.ConversationRequest.fromObject(d.requests[i], q + 1);
                        }
                    }
                    return m;
                };

                ListRequestsResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.requests = [];
                    }
                    if (m.requests && m.requests.length) {
                        d.requests = $Array(m.requests.length);
                        for (var j = 0; j < m.requests.length; ++j) {
                            d.requests[j] = $root.skarm.sync.v1.ConversationRequest.toObject(m.requests[j], o, q + 1);
                        }
                    }
                    return d;
                };

                ListRequestsResponse.prototype.toJSON = function() {
                    return ListRequestsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                ListRequestsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.sync.v1.ListRequestsResponse";
                };

                return ListRequestsResponse;
            })();

            v1.RequestRef = (function() {

                const RequestRef = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                RequestRef.prototype.conversationId = "";

                RequestRef.create = function(properties) {
                    return new RequestRef(properties);
                };

                RequestRef.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                        w.uint32(10).string(m.conversationId);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                RequestRef.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.sync.v1.RequestRef();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.conversationId = v;
                                else
                                    delete m.conversationId;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                RequestRef.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.sync.v1.RequestRef)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.sync.v1.RequestRef: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.sync.v1.RequestRef();
                    if (d.conversationId != null) {
                        if (typeof d.conversationId !== "string" || d.conversationId.length) {
                            m.conversationId = $String(d.conversationId);
                        }
                    }
                    return m;
                };

                RequestRef.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.conversationId = "";
                    }
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                        d.conversationId = m.conversationId;
                    }
                    return d;
                };

                RequestRef.prototype.toJSON = function() {
                    return RequestRef.toObject(this, $protobuf.util.toJSONOptions);
                };

                RequestRef.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.sync.v1.RequestRef";
                };

                return RequestRef;
            })();

            v1.JoinPublicRequest = (function() {

                const JoinPublicRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                JoinPublicRequest.prototype.conversationId = "";
                JoinPublicRequest.prototype.from = "";

                JoinPublicRequest.create = function(properties) {
                    return new JoinPublicRequest(properties);
                };

                JoinPublicRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                        w.uint32(10).string(m.conversationId);
                    if (m.from != null && $Object.hasOwnProperty.call(m, "from") && m.from !== "")
                        w.uint32(18).string(m.from);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                JoinPublicRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.sync.v1.JoinPublicRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.conversationId = v;
                                else
                                    delete m.conversationId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.from = v;
                                else
                                    delete m.from;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                JoinPublicRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.sync.v1.JoinPublicRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.sync.v1.JoinPublicRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.sync.v1.JoinPublicRequest();
                    if (d.conversationId != null) {
                        if (typeof d.conversationId !== "string" || d.conversationId.length) {
                            m.conversationId = $String(d.conversationId);
                        }
                    }
                    if (d.from != null) {
                        if (typeof d.from !== "string" || d.from.length) {
                            m.from = $String(d.from);
                        }
                    }
                    return m;
                };

                JoinPublicRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.conversationId = "";
                        d.from = "";
                    }
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                        d.conversationId = m.conversationId;
                    }
                    if (m.from != null && $Object.hasOwnProperty.call(m, "from")) {
                        d.from = m.from;
                    }
                    return d;
                };

                JoinPublicRequest.prototype.toJSON = function() {
                    return JoinPublicRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                JoinPublicRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.sync.v1.JoinPublicRequest";
                };

                return JoinPublicRequest;
            })();

            v1.CloneRequested = (function() {

                const CloneRequested = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                CloneRequested.prototype.conversationId = "";
                CloneRequested.prototype.from = "";

                CloneRequested.create = function(properties) {
                    return new CloneRequested(properties);
                };

                CloneRequested.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                        w.uint32(10).string(m.conversationId);
                    if (m.from != null && $Object.hasOwnProperty.call(m, "from") && m.from !== "")
                        w.uint32(18).string(m.from);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                CloneRequested.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.sync.v1.CloneRequested();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.conversationId = v;
                                else
                                    delete m.conversationId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.from = v;
                                else
                                    delete m.from;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                CloneRequested.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.sync.v1.CloneRequested)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.sync.v1.CloneRequested: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.sync.v1.CloneRequested();
                    if (d.conversationId != null) {
                        if (typeof d.conversationId !== "string" || d.conversationId.length) {
                            m.conversationId = $String(d.conversationId);
                        }
                    }
                    if (d.from != null) {
                        if (typeof d.from !== "string" || d.from.length) {
                            m.from = $String(d.from);
                        }
                    }
                    return m;
                };

                CloneRequested.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.conversationId = "";
                        d.from = "";
                    }
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                        d.conversationId = m.conversationId;
                    }
                    if (m.from != null && $Object.hasOwnProperty.call(m, "from")) {
                        d.from = m.from;
                    }
                    return d;
                };

                CloneRequested.prototype.toJSON = function() {
                    return CloneRequested.toObject(this, $protobuf.util.toJSONOptions);
                };

                CloneRequested.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.sync.v1.CloneRequested";
                };

                return CloneRequested;
            })();

            v1.AccountStateRequest = (function() {

                const AccountStateRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                AccountStateRequest.create = function(properties) {
                    return new AccountStateRequest(properties);
                };

                AccountStateRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                AccountStateRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.sync.v1.AccountStateRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        r.skipType(t & 7, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                AccountStateRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.sync.v1.AccountStateRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.sync.v1.AccountStateRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.skarm.sync.v1.AccountStateRequest();
                };

                AccountStateRequest.toObject = function () {
                    return {};
                };

                AccountStateRequest.prototype.toJSON = function() {
                    return AccountStateRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                AccountStateRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.sync.v1.AccountStateRequest";
                };

                return AccountStateRequest;
            })();

            v1.AccountState = (function() {

                const AccountState = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                AccountState.prototype.entriesJson = "";

                AccountState.create = function(properties) {
                    return new AccountState(properties);
                };

                AccountState.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.entriesJson != null && $Object.hasOwnProperty.call(m, "entriesJson") && m.entriesJson !== "")
                        w.uint32(10).string(m.entriesJson);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                AccountState.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.sync.v1.AccountState();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.entriesJson = v;
                                else
                                    delete m.entriesJson;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                AccountState.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.sync.v1.AccountState)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.sync.v1.AccountState: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.sync.v1.AccountState();
                    if (d.entriesJson != null) {
                        if (typeof d.entriesJson !== "string" || d.entriesJson.length) {
                            m.entriesJson = $String(d.entriesJson);
                        }
                    }
                    return m;
                };

                AccountState.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.entriesJson = "";
                    }
                    if (m.entriesJson != null && $Object.hasOwnProperty.call(m, "entriesJson")) {
                        d.entriesJson = m.entriesJson;
                    }
                    return d;
                };

                AccountState.prototype.toJSON = function() {
                    return AccountState.toObject(this, $protobuf.util.toJSONOptions);
                };

                AccountState.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.sync.v1.AccountState";
                };

                return AccountState;
            })();

            v1.MergeAccountStateRequest = (function() {

                const MergeAccountStateRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                MergeAccountStateRequest.prototype.fromDeviceId = "";
                MergeAccountStateRequest.prototype.entriesJson = "";

                MergeAccountStateRequest.create = function(properties) {
                    return new MergeAccountStateRequest(properties);
                };

                MergeAccountStateRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.fromDeviceId != null && $Object.hasOwnProperty.call(m, "fromDeviceId") && m.fromDeviceId !== "")
                        w.uint32(10).string(m.fromDeviceId);
                    if (m.entriesJson != null && $Object.hasOwnProperty.call(m, "entriesJson") && m.entriesJson !== "")
                        w.uint32(18).string(m.entriesJson);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                MergeAccountStateRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.sync.v1.MergeAccountStateRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.fromDeviceId = v;
                                else
                                    delete m.fromDeviceId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.entriesJson = v;
                                else
                                    delete m.entriesJson;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                MergeAccountStateRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.sync.v1.MergeAccountStateRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.sync.v1.MergeAccountStateRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.sync.v1.MergeAccountStateRequest();
                    if (d.fromDeviceId != null) {
                        if (typeof d.fromDeviceId !== "string" || d.fromDeviceId.length) {
                            m.fromDeviceId = $String(d.fromDeviceId);
                        }
                    }
                    if (d.entriesJson != null) {
                        if (typeof d.entriesJson !== "string" || d.entriesJson.length) {
                            m.entriesJson = $String(d.entriesJson);
                        }
                    }
                    return m;
                };

                MergeAccountStateRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.fromDeviceId = "";
                        d.entriesJson = "";
                    }
                    if (m.fromDeviceId != null && $Object.hasOwnProperty.call(m, "fromDeviceId")) {
                        d.fromDeviceId = m.fromDeviceId;
                    }
                    if (m.entriesJson != null && $Object.hasOwnProperty.call(m, "entriesJson")) {
                        d.entriesJson = m.entriesJson;
                    }
                    return d;
                };

                MergeAccountStateRequest.prototype.toJSON = function() {
                    return MergeAccountStateRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                MergeAccountStateRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.sync.v1.MergeAccountStateRequest";
                };

                return MergeAccountStateRequest;
            })();

            v1.MergeAccountStateResponse = (function() {

                const MergeAccountStateResponse = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                MergeAccountStateResponse.prototype.changed = false;

                MergeAccountStateResponse.create = function(properties) {
                    return new MergeAccountStateResponse(properties);
                };

                MergeAccountStateResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.changed != null && $Object.hasOwnProperty.call(m, "changed") && m.changed !== false)
                        w.uint32(8).bool(m.changed);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                MergeAccountStateResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.sync.v1.MergeAccountStateResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.changed = v;
                                else
                                    delete m.changed;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                MergeAccountStateResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.sync.v1.MergeAccountStateResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.sync.v1.MergeAccountStateResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.sync.v1.MergeAccountStateResponse();
                    if (d.changed != null) {
                        if (d.changed) {
                            m.changed = $Boolean(d.changed);
                        }
                    }
                    return m;
                };

                MergeAccountStateResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.changed = false;
                    }
                    if (m.changed != null && $Object.hasOwnProperty.call(m, "changed")) {
                        d.changed = m.changed;
                    }
                    return d;
                };

                MergeAccountStateResponse.prototype.toJSON = function() {
                    return MergeAccountStateResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MergeAccountStateResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.sync.v1.MergeAccountStateResponse";
                };

                return MergeAccountStateResponse;
            })();

            v1.AccountStateChanged = (function() {

                const AccountStateChanged = function (p) {
                    this.keys = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                AccountStateChanged.prototype.keys = $util.emptyArray;

                AccountStateChanged.create = function(properties) {
                    return new AccountStateChanged(properties);
                };

                AccountStateChanged.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.keys != null && m.keys.length) {
                        for (var i = 0; i < m.keys.length; ++i)
                            w.uint32(10).string(m.keys[i]);
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                AccountStateChanged.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.sync.v1.AccountStateChanged();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if (!(m.keys && m.keys.length))
                                    m.keys = [];
                                m.keys.push(r.stringVerify());
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                AccountStateChanged.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.sync.v1.AccountStateChanged)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.sync.v1.AccountStateChanged: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.sync.v1.AccountStateChanged();
                    if (d.keys) {
                        if (!$Array.isArray(d.keys))
                            throw $TypeError(".skarm.sync.v1.AccountStateChanged.keys: array expected");
                        m.keys = $Array(d.keys.length);
                        for (var i = 0; i < d.keys.length; ++i) {
                            m.keys[i] = $String(d.keys[i]);
                        }
                    }
                    return m;
                };

                AccountStateChanged.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.keys = [];
                    }
                    if (m.keys && m.keys.length) {
                        d.keys = $Array(m.keys.length);
                        for (var j = 0; j < m.keys.length; ++j) {
                            d.keys[j] = m.keys[j];
                        }
                    }
                    return d;
                };

                AccountStateChanged.prototype.toJSON = function() {
                    return AccountStateChanged.toObject(this, $protobuf.util.toJSONOptions);
                };

                AccountStateChanged.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.sync.v1.AccountStateChanged";
                };

                return AccountStateChanged;
            })();

            v1.AccessRevoked = (function() {

                const AccessRevoked = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                AccessRevoked.prototype.conversationId = "";
                AccessRevoked.prototype.uri = "";
                AccessRevoked.prototype.deviceId = "";

                AccessRevoked.create = function(properties) {
                    return new AccessRevoked(properties);
                };

                AccessRevoked.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                        w.uint32(10).string(m.conversationId);
                    if (m.uri != null && $Object.hasOwnProperty.call(m, "uri") && m.uri !== "")
                        w.uint32(18).string(m.uri);
                    if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== "")
                        w.uint32(26).string(m.deviceId);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                AccessRevoked.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.sync.v1.AccessRevoked();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.conversationId = v;
                                else
                                    delete m.conversationId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.uri = v;
                                else
                                    delete m.uri;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.deviceId = v;
                                else
                                    delete m.deviceId;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                AccessRevoked.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.sync.v1.AccessRevoked)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.sync.v1.AccessRevoked: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.sync.v1.AccessRevoked();
                    if (d.conversationId != null) {
                        if (typeof d.conversationId !== "string" || d.conversationId.length) {
                            m.conversationId = $String(d.conversationId);
                        }
                    }
                    if (d.uri != null) {
                        if (typeof d.uri !== "string" || d.uri.length) {
                            m.uri = $String(d.uri);
                        }
                    }
                    if (d.deviceId != null) {
                        if (typeof d.deviceId !== "string" || d.deviceId.length) {
                            m.deviceId = $String(d.deviceId);
                        }
                    }
                    return m;
                };

                AccessRevoked.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.conversationId = "";
                        d.uri = "";
                        d.deviceId = "";
                    }
                    if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                        d.conversationId = m.conversationId;
                    }
                    if (m.uri != null && $Object.hasOwnProperty.call(m, "uri")) {
                        d.uri = m.uri;
                    }
                    if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                        d.deviceId = m.deviceId;
                    }
                    return d;
                };

                AccessRevoked.prototype.toJSON = function() {
                    return AccessRevoked.toObject(this, $protobuf.util.toJSONOptions);
                };

                AccessRevoked.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.sync.v1.AccessRevoked";
                };

                return AccessRevoked;
            })();

            return v1;
        })();

        return sync;
    })();

    skarm.transport = (function() {

        const transport = {};

        transport.v1 = (function() {

            const v1 = {};

            v1.GetAddressesRequest = (function() {

                const GetAddressesRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                GetAddressesRequest.create = function(properties) {
                    return new GetAddressesRequest(properties);
                };

                GetAddressesRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                GetAddressesRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.transport.v1.GetAddressesRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        r.skipType(t & 7, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                GetAddressesRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.transport.v1.GetAddressesRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.transport.v1.GetAddressesRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.skarm.transport.v1.GetAddressesRequest();
                };

                GetAddressesRequest.toObject = function () {
                    return {};
                };

                GetAddressesRequest.prototype.toJSON = function() {
                    return GetAddressesRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                GetAddressesRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.transport.v1.GetAddressesRequest";
                };

                return GetAddressesRequest;
            })();

            v1.GetAddressesResponse = (function() {

                const GetAddressesResponse = function (p) {
                    this.addresses = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                GetAddressesResponse.prototype.peerId = "";
                GetAddressesResponse.prototype.addresses = $util.emptyArray;

                GetAddressesResponse.create = function(properties) {
                    return new GetAddressesResponse(properties);
                };

                GetAddressesResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                        w.uint32(10).string(m.peerId);
                    if (m.addresses != null && m.addresses.length) {
                        for (var i = 0; i < m.addresses.length; ++i)
                            w.uint32(18).string(m.addresses[i]);
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                GetAddressesResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.transport.v1.GetAddressesResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.peerId = v;
                                else
                                    delete m.peerId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.addresses && m.addresses.length))
                                    m.addresses = [];
                                m.addresses.push(r.stringVerify());
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                GetAddressesResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.transport.v1.GetAddressesResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.transport.v1.GetAddressesResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.transport.v1.GetAddressesResponse();
                    if (d.peerId != null) {
                        if (typeof d.peerId !== "string" || d.peerId.length) {
                            m.peerId = $String(d.peerId);
                        }
                    }
                    if (d.addresses) {
                        if (!$Array.isArray(d.addresses))
                            throw $TypeError(".skarm.transport.v1.GetAddressesResponse.addresses: array expected");
                        m.addresses = $Array(d.addresses.length);
                        for (var i = 0; i < d.addresses.length; ++i) {
                            m.addresses[i] = $String(d.addresses[i]);
                        }
                    }
                    return m;
                };

                GetAddressesResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.addresses = [];
                    }
                    if (o.defaults) {
                        d.peerId = "";
                    }
                    if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                        d.peerId = m.peerId;
                    }
                    if (m.addresses && m.addresses.length) {
                        d.addresses = $Array(m.addresses.length);
                        for (var j = 0; j < m.addresses.length; ++j) {
                            d.addresses[j] = m.addresses[j];
                        }
                    }
                    return d;
                };

                GetAddressesResponse.prototype.toJSON = function() {
                    return GetAddressesResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                GetAddressesResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.transport.v1.GetAddressesResponse";
                };

                return GetAddressesResponse;
            })();

            v1.Peer = (function() {

                const Peer = function (p) {
                    this.addresses = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                Peer.prototype.peerId = "";
                Peer.prototype.addresses = $util.emptyArray;
                Peer.prototype.direct = 0;
                Peer.prototype.relayed = 0;

                Peer.create = function(properties) {
                    return new Peer(properties);
                };

                Peer.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                        w.uint32(10).string(m.peerId);
                    if (m.addresses != null && m.addresses.length) {
                        for (var i = 0; i < m.addresses.length; ++i)
                            w.uint32(18).string(m.addresses[i]);
                    }
                    if (m.direct != null && $Object.hasOwnProperty.call(m, "direct") && m.direct !== 0)
                        w.uint32(24).uint32(m.direct);
                    if (m.relayed != null && $Object.hasOwnProperty.call(m, "relayed") && m.relayed !== 0)
                        w.uint32(32).uint32(m.relayed);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                Peer.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.transport.v1.Peer();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.peerId = v;
                                else
                                    delete m.peerId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.addresses && m.addresses.length))
                                    m.addresses = [];
                                m.addresses.push(r.stringVerify());
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.direct = v;
                                else
                                    delete m.direct;
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.relayed = v;
                                else
                                    delete m.relayed;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                Peer.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.transport.v1.Peer)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.transport.v1.Peer: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.transport.v1.Peer();
                    if (d.peerId != null) {
                        if (typeof d.peerId !== "string" || d.peerId.length) {
                            m.peerId = $String(d.peerId);
                        }
                    }
                    if (d.addresses) {
                        if (!$Array.isArray(d.addresses))
                            throw $TypeError(".skarm.transport.v1.Peer.addresses: array expected");
                        m.addresses = $Array(d.addresses.length);
                        for (var i = 0; i < d.addresses.length; ++i) {
                            m.addresses[i] = $String(d.addresses[i]);
                        }
                    }
                    if (d.direct != null) {
                        if ($Number(d.direct) !== 0) {
                            m.direct = d.direct >>> 0;
                        }
                    }
                    if (d.relayed != null) {
                        if ($Number(d.relayed) !== 0) {
                            m.relayed = d.relayed >>> 0;
                        }
                    }
                    return m;
                };

                Peer.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.addresses = [];
                    }
                    if (o.defaults) {
                        d.peerId = "";
                        d.direct = 0;
                        d.relayed = 0;
                    }
                    if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                        d.peerId = m.peerId;
                    }
                    if (m.addresses && m.addresses.length) {
                        d.addresses = $Array(m.addresses.length);
                        for (var j = 0; j < m.addresses.length; ++j) {
                            d.addresses[j] = m.addresses[j];
                        }
                    }
                    if (m.direct != null && $Object.hasOwnProperty.call(m, "direct")) {
                        d.direct = m.direct;
                    }
                    if (m.relayed != null && $Object.hasOwnProperty.call(m, "relayed")) {
                        d.relayed = m.relayed;
                    }
                    return d;
                };

                Peer.prototype.toJSON = function() {
                    return Peer.toObject(this, $protobuf.util.toJSONOptions);
                };

                Peer.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.transport.v1.Peer";
                };

                return Peer;
            })();

            v1.ListPeersRequest = (function() {

                const ListPeersRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ListPeersRequest.create = function(properties) {
                    return new ListPeersRequest(properties);
                };

                ListPeersRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ListPeersRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.transport.v1.ListPeersRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        r.skipType(t & 7, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ListPeersRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.transport.v1.ListPeersRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.transport.v1.ListPeersRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.skarm.transport.v1.ListPeersRequest();
                };

                ListPeersRequest.toObject = function () {
                    return {};
                };

                ListPeersRequest.prototype.toJSON = function() {
                    return ListPeersRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                ListPeersRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.transport.v1.ListPeersRequest";
                };

                return ListPeersRequest;
            })();

            v1.ListPeersResponse = (function() {

                const ListPeersResponse = function (p) {
                    this.peers = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ListPeersResponse.prototype.peers = $util.emptyArray;

                ListPeersResponse.create = function(properties) {
                    return new ListPeersResponse(properties);
                };

                ListPeersResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.peers != null && m.peers.length) {
                        for (var i = 0; i < m.peers.length; ++i)
                            $root.skarm.transport.v1.Peer.encode(m.peers[i], w.uint32(10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ListPeersResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.transport.v1.ListPeersResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if (!(m.peers && m.peers.length))
                                    m.peers = [];
                                m.peers.push($root.skarm.transport.v1.Peer.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ListPeersResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.transport.v1.ListPeersResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.transport.v1.ListPeersResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.transport.v1.ListPeersResponse();
                    if (d.peers) {
                        if (!$Array.isArray(d.peers))
                            throw $TypeError(".skarm.transport.v1.ListPeersResponse.peers: array expected");
                        m.peers = $Array(d.peers.length);
                        for (var i = 0; i < d.peers.length; ++i) {
                            if (!$util.isObject(d.peers[i]))
                                throw $TypeError(".skarm.transport.v1.ListPeersResponse.peers: object expected");
                            m.peers[i] = $root.skarm.transport.v1.Peer.fromObject(d.peers[i], q + 1);
                        }
                    }
                    return m;
                };

                ListPeersResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.peers = [];
                    }
                    if (m.peers && m.peers.length) {
                        d.peers = $Array(m.peers.length);
                        for (var j = 0; j < m.peers.length; ++j) {
                            d.peers[j] = $root.skarm.transport.v1.Peer.toObject(m.peers[j], o, q + 1);
                        }
                    }
                    return d;
                };

                ListPeersResponse.prototype.toJSON = function() {
                    return ListPeersResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                ListPeersResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.transport.v1.ListPeersResponse";
                };

                return ListPeersResponse;
            })();

            v1.GetNetworkRequest = (function() {

                const GetNetworkRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                GetNetworkRequest.create = function(properties) {
                    return new GetNetworkRequest(properties);
                };

                GetNetworkRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                GetNetworkRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.transport.v1.GetNetworkRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        r.skipType(t & 7, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                GetNetworkRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.transport.v1.GetNetworkRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.transport.v1.GetNetworkRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.skarm.transport.v1.GetNetworkRequest();
                };

                GetNetworkRequest.toObject = function () {
                    return {};
                };

                GetNetworkRequest.prototype.toJSON = function() {
                    return GetNetworkRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                GetNetworkRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.transport.v1.GetNetworkRequest";
                };

                return GetNetworkRequest;
            })();

            v1.GetNetworkResponse = (function() {

                const GetNetworkResponse = function (p) {
                    this.relays = [];
                    this.relayAddresses = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                GetNetworkResponse.prototype.reachability = "";
                GetNetworkResponse.prototype.relays = $util.emptyArray;
                GetNetworkResponse.prototype.relayAddresses = $util.emptyArray;
                GetNetworkResponse.prototype.relayServer = false;
                GetNetworkResponse.prototype.reservationsServed = 0;
                GetNetworkResponse.prototype.directConnections = 0;
                GetNetworkResponse.prototype.relayedConnections = 0;
                GetNetworkResponse.prototype.quic = false;

                GetNetworkResponse.create = function(properties) {
                    return new GetNetworkResponse(properties);
                };

                GetNetworkResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.reachability != null && $Object.hasOwnProperty.call(m, "reachability") && m.reachability !== "")
                        w.uint32(10).string(m.reachability);
                    if (m.relays != null && m.relays.length) {
                        for (var i = 0; i < m.relays.length; ++i)
                            w.uint32(18).string(m.relays[i]);
                    }
                    if (m.relayAddresses != null && m.relayAddresses.length) {
                        for (var i = 0; i < m.relayAddresses.length; ++i)
                            w.uint32(26).string(m.relayAddresses[i]);
                    }
                    if (m.relayServer != null && $Object.hasOwnProperty.call(m, "relayServer") && m.relayServer !== false)
                        w.uint32(32).bool(m.relayServer);
                    if (m.reservationsServed != null && $Object.hasOwnProperty.call(m, "reservationsServed") && m.reservationsServed !== 0)
                        w.uint32(40).uint32(m.reservationsServed);
                    if (m.directConnections != null && $Object.hasOwnProperty.call(m, "directConnections") && m.directConnections !== 0)
                        w.uint32(48).uint32(m.directConnections);
                    if (m.relayedConnections != null && $Object.hasOwnProperty.call(m, "relayedConnections") && m.relayedConnections !== 0)
                        w.uint32(56).uint32(m.relayedConnections);
                    if (m.quic != null && $Object.hasOwnProperty.call(m, "quic") && m.quic !== false)
                        w.uint32(64).bool(m.quic);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                GetNetworkResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.transport.v1.GetNetworkResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.reachability = v;
                                else
                                    delete m.reachability;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.relays && m.relays.length))
                                    m.relays = [];
                                m.relays.push(r.stringVerify());
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if (!(m.relayAddresses && m.relayAddresses.length))
                                    m.relayAddresses = [];
                                m.relayAddresses.push(r.stringVerify());
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.relayServer = v;
                                else
                                    delete m.relayServer;
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.reservationsServed = v;
                                else
                                    delete m.reservationsServed;
                                continue;
                            }
                        case 6: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.directConnections = v;
                                else
                                    delete m.directConnections;
                                continue;
                            }
                        case 7: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.relayedConnections = v;
                                else
                                    delete m.relayedConnections;
                                continue;
                            }
                        case 8: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.quic = v;
                                else
                                    delete m.quic;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                GetNetworkResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.transport.v1.GetNetworkResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.transport.v1.GetNetworkResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.transport.v1.GetNetworkResponse();
                    if (d.reachability != null) {
                        if (typeof d.reachability !== "string" || d.reachability.length) {
                            m.reachability = $String(d.reachability);
                        }
                    }
                    if (d.relays) {
                        if (!$Array.isArray(d.relays))
                            throw $TypeError(".skarm.transport.v1.GetNetworkResponse.relays: array expected");
                        m.relays = $Array(d.relays.length);
                        for (var i = 0; i < d.relays.length; ++i) {
                            m.relays[i] = $String(d.relays[i]);
                        }
                    }
                    if (d.relayAddresses) {
                        if (!$Array.isArray(d.relayAddresses))
                            throw $TypeError(".skarm.transport.v1.GetNetworkResponse.relayAddresses: array expected");
                        m.relayAddresses = $Array(d.relayAddresses.length);
                        for (var i = 0; i < d.relayAddresses.length; ++i) {
                            m.relayAddresses[i] = $String(d.relayAddresses[i]);
                        }
                    }
                    if (d.relayServer != null) {
                        if (d.relayServer) {
                            m.relayServer = $Boolean(d.relayServer);
                        }
                    }
                    if (d.reservationsServed != null) {
                        if ($Number(d.reservationsServed) !== 0) {
                            m.reservationsServed = d.reservationsServed >>> 0;
                        }
                    }
                    if (d.directConnections != null) {
                        if ($Number(d.directConnections) !== 0) {
                            m.directConnections = d.directConnections >>> 0;
                        }
                    }
                    if (d.relayedConnections != null) {
                        if ($Number(d.relayedConnections) !== 0) {
                            m.relayedConnections = d.relayedConnections >>> 0;
                        }
                    }
                    if (d.quic != null) {
                        if (d.quic) {
                            m.quic = $Boolean(d.quic);
                        }
                    }
                    return m;
                };

                GetNetworkResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.relays = [];
                        d.relayAddresses = [];
                    }
                    if (o.defaults) {
                        d.reachability = "";
                        d.relayServer = false;
                        d.reservationsServed = 0;
                        d.directConnections = 0;
                        d.relayedConnections = 0;
                        d.quic = false;
                    }
                    if (m.reachability != null && $Object.hasOwnProperty.call(m, "reachability")) {
                        d.reachability = m.reachability;
                    }
                    if (m.relays && m.relays.length) {
                        d.relays = $Array(m.relays.length);
                        for (var j = 0; j < m.relays.length; ++j) {
                            d.relays[j] = m.relays[j];
                        }
                    }
                    if (m.relayAddresses && m.relayAddresses.length) {
                        d.relayAddresses = $Array(m.relayAddresses.length);
                        for (var j = 0; j < m.relayAddresses.length; ++j) {
                            d.relayAddresses[j] = m.relayAddresses[j];
                        }
                    }
                    if (m.relayServer != null && $Object.hasOwnProperty.call(m, "relayServer")) {
                        d.relayServer = m.relayServer;
                    }
                    if (m.reservationsServed != null && $Object.hasOwnProperty.call(m, "reservationsServed")) {
                        d.reservationsServed = m.reservationsServed;
                    }
                    if (m.directConnections != null && $Object.hasOwnProperty.call(m, "directConnections")) {
                        d.directConnections = m.directConnections;
                    }
                    if (m.relayedConnections != null && $Object.hasOwnProperty.call(m, "relayedConnections")) {
                        d.relayedConnections = m.relayedConnections;
                    }
                    if (m.quic != null && $Object.hasOwnProperty.call(m, "quic")) {
                        d.quic = m.quic;
                    }
                    return d;
                };

                GetNetworkResponse.prototype.toJSON = function() {
                    return GetNetworkResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                GetNetworkResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.transport.v1.GetNetworkResponse";
                };

                return GetNetworkResponse;
            })();

            return v1;
        })();

        return transport;
    })();

    skarm.validator = (function() {

        const validator = {};

        validator.v1 = (function() {

            const v1 = {};

            v1.ValidateRangeRequest = (function() {

                const ValidateRangeRequest = function (p) {
                    this.bases = [];
                    this.tips = [];
                    this.objects = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ValidateRangeRequest.prototype.repoPath = "";
                ValidateRangeRequest.prototype.bases = $util.emptyArray;
                ValidateRangeRequest.prototype.tips = $util.emptyArray;
                ValidateRangeRequest.prototype.objects = $util.emptyArray;

                ValidateRangeRequest.create = function(properties) {
                    return new ValidateRangeRequest(properties);
                };

                ValidateRangeRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.repoPath != null && $Object.hasOwnProperty.call(m, "repoPath") && m.repoPath !== "")
                        w.uint32(10).string(m.repoPath);
                    if (m.bases != null && m.bases.length) {
                        for (var i = 0; i < m.bases.length; ++i)
                            w.uint32(18).string(m.bases[i]);
                    }
                    if (m.tips != null && m.tips.length) {
                        for (var i = 0; i < m.tips.length; ++i)
                            w.uint32(26).string(m.tips[i]);
                    }
                    if (m.objects != null && m.objects.length) {
                        for (var i = 0; i < m.objects.length; ++i)
                            $root.skarm.common.v1.GitObject.encode(m.objects[i], w.uint32(34).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ValidateRangeRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.validator.v1.ValidateRangeRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.repoPath = v;
                                else
                                    delete m.repoPath;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.bases && m.bases.length))
                                    m.bases = [];
                                m.bases.push(r.stringVerify());
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if (!(m.tips && m.tips.length))
                                    m.tips = [];
                                m.tips.push(r.stringVerify());
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if (!(m.objects && m.objects.length))
                                    m.objects = [];
                                m.objects.push($root.skarm.common.v1.GitObject.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ValidateRangeRequest.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.validator.v1.ValidateRangeRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.validator.v1.ValidateRangeRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.validator.v1.ValidateRangeRequest();
                    if (d.repoPath != null) {
                        if (typeof d.repoPath !== "string" || d.repoPath.length) {
                            m.repoPath = $String(d.repoPath);
                        }
                    }
                    if (d.bases) {
                        if (!$Array.isArray(d.bases))
                            throw $TypeError(".skarm.validator.v1.ValidateRangeRequest.bases: array expected");
                        m.bases = $Array(d.bases.length);
                        for (var i = 0; i < d.bases.length; ++i) {
                            m.bases[i] = $String(d.bases[i]);
                        }
                    }
                    if (d.tips) {
                        if (!$Array.isArray(d.tips))
                            throw $TypeError(".skarm.validator.v1.ValidateRangeRequest.tips: array expected");
                        m.tips = $Array(d.tips.length);
                        for (var i = 0; i < d.tips.length; ++i) {
                            m.tips[i] = $String(d.tips[i]);
                        }
                    }
                    if (d.objects) {
                        if (!$Array.isArray(d.objects))
                            throw $TypeError(".skarm.validator.v1.ValidateRangeRequest.objects: array expected");
                        m.objects = $Array(d.objects.length);
                        for (var i = 0; i < d.objects.length; ++i) {
                            if (!$util.isObject(d.objects[i]))
                                throw $TypeError(".skarm.validator.v1.ValidateRangeRequest.objects: object expected");
                            m.objects[i] = $root.skarm.common.v1.GitObject.fromObject(d.objects[i], q + 1);
                        }
                    }
                    return m;
                };

                ValidateRangeRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.bases = [];
                        d.tips = [];
                        d.objects = [];
                    }
                    if (o.defaults) {
                        d.repoPath = "";
                    }
                    if (m.repoPath != null && $Object.hasOwnProperty.call(m, "repoPath")) {
                        d.repoPath = m.repoPath;
                    }
                    if (m.bases && m.bases.length) {
                        d.bases = $Array(m.bases.length);
                        for (var j = 0; j < m.bases.length; ++j) {
                            d.bases[j] = m.bases[j];
                        }
                    }
                    if (m.tips && m.tips.length) {
                        d.tips = $Array(m.tips.length);
                        for (var j = 0; j < m.tips.length; ++j) {
                            d.tips[j] = m.tips[j];
                        }
                    }
                    if (m.objects && m.objects.length) {
                        d.objects = $Array(m.objects.length);
                        for (var j = 0; j < m.objects.length; ++j) {
                            d.objects[j] = $root.skarm.common.v1.GitObject.toObject(m.objects[j], o, q + 1);
                        }
                    }
                    return d;
                };

                ValidateRangeRequest.prototype.toJSON = function() {
                    return ValidateRangeRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                ValidateRangeRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.validator.v1.ValidateRangeRequest";
                };

                return ValidateRangeRequest;
            })();

            v1.ValidateRangeResponse = (function() {

                const ValidateRangeResponse = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                ValidateRangeResponse.prototype.ok = false;
                ValidateRangeResponse.prototype.checked = 0;
                ValidateRangeResponse.prototype.invalidCommit = "";
                ValidateRangeResponse.prototype.rule = "";
                ValidateRangeResponse.prototype.message = "";

                ValidateRangeResponse.create = function(properties) {
                    return new ValidateRangeResponse(properties);
                };

                ValidateRangeResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.ok != null && $Object.hasOwnProperty.call(m, "ok") && m.ok !== false)
                        w.uint32(8).bool(m.ok);
                    if (m.checked != null && $Object.hasOwnProperty.call(m, "checked") && m.checked !== 0)
                        w.uint32(16).uint32(m.checked);
                    if (m.invalidCommit != null && $Object.hasOwnProperty.call(m, "invalidCommit") && m.invalidCommit !== "")
                        w.uint32(26).string(m.invalidCommit);
                    if (m.rule != null && $Object.hasOwnProperty.call(m, "rule") && m.rule !== "")
                        w.uint32(34).string(m.rule);
                    if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                        w.uint32(42).string(m.message);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                ValidateRangeResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.skarm.validator.v1.ValidateRangeResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.ok = v;
                                else
                                    delete m.ok;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.checked = v;
                                else
                                    delete m.checked;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.invalidCommit = v;
                                else
                                    delete m.invalidCommit;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.rule = v;
                                else
                                    delete m.rule;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.message = v;
                                else
                                    delete m.message;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                ValidateRangeResponse.fromObject = function (d, q) {
                    if (d instanceof $root.skarm.validator.v1.ValidateRangeResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".skarm.validator.v1.ValidateRangeResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.skarm.validator.v1.ValidateRangeResponse();
                    if (d.ok != null) {
                        if (d.ok) {
                            m.ok = $Boolean(d.ok);
                        }
                    }
                    if (d.checked != null) {
                        if ($Number(d.checked) !== 0) {
                            m.checked = d.checked >>> 0;
                        }
                    }
                    if (d.invalidCommit != null) {
                        if (typeof d.invalidCommit !== "string" || d.invalidCommit.length) {
                            m.invalidCommit = $String(d.invalidCommit);
                        }
                    }
                    if (d.rule != null) {
                        if (typeof d.rule !== "string" || d.rule.length) {
                            m.rule = $String(d.rule);
                        }
                    }
                    if (d.message != null) {
                        if (typeof d.message !== "string" || d.message.length) {
                            m.message = $String(d.message);
                        }
                    }
                    return m;
                };

                ValidateRangeResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.ok = false;
                        d.checked = 0;
                        d.invalidCommit = "";
                        d.rule = "";
                        d.message = "";
                    }
                    if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                        d.ok = m.ok;
                    }
                    if (m.checked != null && $Object.hasOwnProperty.call(m, "checked")) {
                        d.checked = m.checked;
                    }
                    if (m.invalidCommit != null && $Object.hasOwnProperty.call(m, "invalidCommit")) {
                        d.invalidCommit = m.invalidCommit;
                    }
                    if (m.rule != null && $Object.hasOwnProperty.call(m, "rule")) {
                        d.rule = m.rule;
                    }
                    if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                        d.message = m.message;
                    }
                    return d;
                };

                ValidateRangeResponse.prototype.toJSON = function() {
                    return ValidateRangeResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                ValidateRangeResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/skarm.validator.v1.ValidateRangeResponse";
                };

                return ValidateRangeResponse;
            })();

            return v1;
        })();

        return validator;
    })();

    return skarm;
})();

export {
  $root as default
};
