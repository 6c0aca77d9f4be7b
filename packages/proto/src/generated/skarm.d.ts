import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace skarm {

    namespace common {

        namespace v1 {

            interface IError extends skarm.common.v1.Error.$Properties {
            }

            class Error {
                constructor(p?: skarm.common.v1.Error.$Properties);
                $unknowns?: Uint8Array[];
                code: string;
                kind: string;
                message: string;
                dataJson: string;
                static create(properties: skarm.common.v1.Error.$Shape): skarm.common.v1.Error & skarm.common.v1.Error.$Shape;
                static create(properties?: skarm.common.v1.Error.$Properties): skarm.common.v1.Error;
                static encode(m: skarm.common.v1.Error.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.common.v1.Error & skarm.common.v1.Error.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.common.v1.Error;
                static toObject(m: skarm.common.v1.Error, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Error {
                interface $Properties {
                    code?: (string|null);
                    kind?: (string|null);
                    message?: (string|null);
                    dataJson?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.common.v1.Error.$Properties;
            }

            interface IEmpty extends skarm.common.v1.Empty.$Properties {
            }

            class Empty {
                constructor(p?: skarm.common.v1.Empty.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: skarm.common.v1.Empty.$Shape): skarm.common.v1.Empty & skarm.common.v1.Empty.$Shape;
                static create(properties?: skarm.common.v1.Empty.$Properties): skarm.common.v1.Empty;
                static encode(m: skarm.common.v1.Empty.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.common.v1.Empty & skarm.common.v1.Empty.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.common.v1.Empty;
                static toObject(m: skarm.common.v1.Empty, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Empty {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.common.v1.Empty.$Properties;
            }

            interface IHealthRequest extends skarm.common.v1.HealthRequest.$Properties {
            }

            class HealthRequest {
                constructor(p?: skarm.common.v1.HealthRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: skarm.common.v1.HealthRequest.$Shape): skarm.common.v1.HealthRequest & skarm.common.v1.HealthRequest.$Shape;
                static create(properties?: skarm.common.v1.HealthRequest.$Properties): skarm.common.v1.HealthRequest;
                static encode(m: skarm.common.v1.HealthRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.common.v1.HealthRequest & skarm.common.v1.HealthRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.common.v1.HealthRequest;
                static toObject(m: skarm.common.v1.HealthRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace HealthRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.common.v1.HealthRequest.$Properties;
            }

            interface IHealthResponse extends skarm.common.v1.HealthResponse.$Properties {
            }

            class HealthResponse {
                constructor(p?: skarm.common.v1.HealthResponse.$Properties);
                $unknowns?: Uint8Array[];
                service: string;
                status: string;
                pid: number;
                uptimeSeconds: number;
                detailsJson: string;
                static create(properties: skarm.common.v1.HealthResponse.$Shape): skarm.common.v1.HealthResponse & skarm.common.v1.HealthResponse.$Shape;
                static create(properties?: skarm.common.v1.HealthResponse.$Properties): skarm.common.v1.HealthResponse;
                static encode(m: skarm.common.v1.HealthResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.common.v1.HealthResponse & skarm.common.v1.HealthResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.common.v1.HealthResponse;
                static toObject(m: skarm.common.v1.HealthResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace HealthResponse {
                interface $Properties {
                    service?: (string|null);
                    status?: (string|null);
                    pid?: (number|null);
                    uptimeSeconds?: (number|null);
                    detailsJson?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.common.v1.HealthResponse.$Properties;
            }

            interface ICommitResponse extends skarm.common.v1.CommitResponse.$Properties {
            }

            class CommitResponse {
                constructor(p?: skarm.common.v1.CommitResponse.$Properties);
                $unknowns?: Uint8Array[];
                commit: string;
                static create(properties: skarm.common.v1.CommitResponse.$Shape): skarm.common.v1.CommitResponse & skarm.common.v1.CommitResponse.$Shape;
                static create(properties?: skarm.common.v1.CommitResponse.$Properties): skarm.common.v1.CommitResponse;
                static encode(m: skarm.common.v1.CommitResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.common.v1.CommitResponse & skarm.common.v1.CommitResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.common.v1.CommitResponse;
                static toObject(m: skarm.common.v1.CommitResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CommitResponse {
                interface $Properties {
                    commit?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.common.v1.CommitResponse.$Properties;
            }

            interface IGitObject extends skarm.common.v1.GitObject.$Properties {
            }

            class GitObject {
                constructor(p?: skarm.common.v1.GitObject.$Properties);
                $unknowns?: Uint8Array[];
                oid: string;
                data: Uint8Array;
                static create(properties: skarm.common.v1.GitObject.$Shape): skarm.common.v1.GitObject & skarm.common.v1.GitObject.$Shape;
                static create(properties?: skarm.common.v1.GitObject.$Properties): skarm.common.v1.GitObject;
                static encode(m: skarm.common.v1.GitObject.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.common.v1.GitObject & skarm.common.v1.GitObject.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.common.v1.GitObject;
                static toObject(m: skarm.common.v1.GitObject, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GitObject {
                interface $Properties {
                    oid?: (string|null);
                    data?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.common.v1.GitObject.$Properties;
            }
        }
    }

    namespace dht {

        namespace v1 {

            interface IGetInfoRequest extends skarm.dht.v1.GetInfoRequest.$Properties {
            }

            class GetInfoRequest {
                constructor(p?: skarm.dht.v1.GetInfoRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: skarm.dht.v1.GetInfoRequest.$Shape): skarm.dht.v1.GetInfoRequest & skarm.dht.v1.GetInfoRequest.$Shape;
                static create(properties?: skarm.dht.v1.GetInfoRequest.$Properties): skarm.dht.v1.GetInfoRequest;
                static encode(m: skarm.dht.v1.GetInfoRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.dht.v1.GetInfoRequest & skarm.dht.v1.GetInfoRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.dht.v1.GetInfoRequest;
                static toObject(m: skarm.dht.v1.GetInfoRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetInfoRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.dht.v1.GetInfoRequest.$Properties;
            }

            interface IGetInfoResponse extends skarm.dht.v1.GetInfoResponse.$Properties {
            }

            class GetInfoResponse {
                constructor(p?: skarm.dht.v1.GetInfoResponse.$Properties);
                $unknowns?: Uint8Array[];
                peerId: string;
                addresses: string[];
                routingTableSize: number;
                static create(properties: skarm.dht.v1.GetInfoResponse.$Shape): skarm.dht.v1.GetInfoResponse & skarm.dht.v1.GetInfoResponse.$Shape;
                static create(properties?: skarm.dht.v1.GetInfoResponse.$Properties): skarm.dht.v1.GetInfoResponse;
                static encode(m: skarm.dht.v1.GetInfoResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.dht.v1.GetInfoResponse & skarm.dht.v1.GetInfoResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.dht.v1.GetInfoResponse;
                static toObject(m: skarm.dht.v1.GetInfoResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetInfoResponse {
                interface $Properties {
                    peerId?: (string|null);
                    addresses?: (string[]|null);
                    routingTableSize?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.dht.v1.GetInfoResponse.$Properties;
            }

            interface IFindDeviceRequest extends skarm.dht.v1.FindDeviceRequest.$Properties {
            }

            class FindDeviceRequest {
                constructor(p?: skarm.dht.v1.FindDeviceRequest.$Properties);
                $unknowns?: Uint8Array[];
                deviceId: string;
                static create(properties: skarm.dht.v1.FindDeviceRequest.$Shape): skarm.dht.v1.FindDeviceRequest & skarm.dht.v1.FindDeviceRequest.$Shape;
                static create(properties?: skarm.dht.v1.FindDeviceRequest.$Properties): skarm.dht.v1.FindDeviceRequest;
                static encode(m: skarm.dht.v1.FindDeviceRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.dht.v1.FindDeviceRequest & skarm.dht.v1.FindDeviceRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.dht.v1.FindDeviceRequest;
                static toObject(m: skarm.dht.v1.FindDeviceRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace FindDeviceRequest {
                interface $Properties {
                    deviceId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.dht.v1.FindDeviceRequest.$Properties;
            }

            interface IFindDeviceResponse extends skarm.dht.v1.FindDeviceResponse.$Properties {
            }

            class FindDeviceResponse {
                constructor(p?: skarm.dht.v1.FindDeviceResponse.$Properties);
                $unknowns?: Uint8Array[];
                found: boolean;
                deviceId: string;
                accountUri: string;
                addresses: string[];
                seq: number;
                static create(properties: skarm.dht.v1.FindDeviceResponse.$Shape): skarm.dht.v1.FindDeviceResponse & skarm.dht.v1.FindDeviceResponse.$Shape;
                static create(properties?: skarm.dht.v1.FindDeviceResponse.$Properties): skarm.dht.v1.FindDeviceResponse;
                static encode(m: skarm.dht.v1.FindDeviceResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.dht.v1.FindDeviceResponse & skarm.dht.v1.FindDeviceResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.dht.v1.FindDeviceResponse;
                static toObject(m: skarm.dht.v1.FindDeviceResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace FindDeviceResponse {
                interface $Properties {
                    found?: (boolean|null);
                    deviceId?: (string|null);
                    accountUri?: (string|null);
                    addresses?: (string[]|null);
                    seq?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.dht.v1.FindDeviceResponse.$Properties;
            }

            interface IFindAccountDevicesRequest extends skarm.dht.v1.FindAccountDevicesRequest.$Properties {
            }

            class FindAccountDevicesRequest {
                constructor(p?: skarm.dht.v1.FindAccountDevicesRequest.$Properties);
                $unknowns?: Uint8Array[];
                uri: string;
                static create(properties: skarm.dht.v1.FindAccountDevicesRequest.$Shape): skarm.dht.v1.FindAccountDevicesRequest & skarm.dht.v1.FindAccountDevicesRequest.$Shape;
                static create(properties?: skarm.dht.v1.FindAccountDevicesRequest.$Properties): skarm.dht.v1.FindAccountDevicesRequest;
                static encode(m: skarm.dht.v1.FindAccountDevicesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.dht.v1.FindAccountDevicesRequest & skarm.dht.v1.FindAccountDevicesRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.dht.v1.FindAccountDevicesRequest;
                static toObject(m: skarm.dht.v1.FindAccountDevicesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace FindAccountDevicesRequest {
                interface $Properties {
                    uri?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.dht.v1.FindAccountDevicesRequest.$Properties;
            }

            interface IFindAccountDevicesResponse extends skarm.dht.v1.FindAccountDevicesResponse.$Properties {
            }

            class FindAccountDevicesResponse {
                constructor(p?: skarm.dht.v1.FindAccountDevicesResponse.$Properties);
                $unknowns?: Uint8Array[];
                found: boolean;
                deviceIds: string[];
                seq: number;
                static create(properties: skarm.dht.v1.FindAccountDevicesResponse.$Shape): skarm.dht.v1.FindAccountDevicesResponse & skarm.dht.v1.FindAccountDevicesResponse.$Shape;
                static create(properties?: skarm.dht.v1.FindAccountDevicesResponse.$Properties): skarm.dht.v1.FindAccountDevicesResponse;
                static encode(m: skarm.dht.v1.FindAccountDevicesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.dht.v1.FindAccountDevicesResponse & skarm.dht.v1.FindAccountDevicesResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.dht.v1.FindAccountDevicesResponse;
                static toObject(m: skarm.dht.v1.FindAccountDevicesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace FindAccountDevicesResponse {
                interface $Properties {
                    found?: (boolean|null);
                    deviceIds?: (string[]|null);
                    seq?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.dht.v1.FindAccountDevicesResponse.$Properties;
            }

            interface IOfflineEntry extends skarm.dht.v1.OfflineEntry.$Properties {
            }

            class OfflineEntry {
                constructor(p?: skarm.dht.v1.OfflineEntry.$Properties);
                $unknowns?: Uint8Array[];
                kind: string;
                payloadJson: string;
                static create(properties: skarm.dht.v1.OfflineEntry.$Shape): skarm.dht.v1.OfflineEntry & skarm.dht.v1.OfflineEntry.$Shape;
                static create(properties?: skarm.dht.v1.OfflineEntry.$Properties): skarm.dht.v1.OfflineEntry;
                static encode(m: skarm.dht.v1.OfflineEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.dht.v1.OfflineEntry & skarm.dht.v1.OfflineEntry.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.dht.v1.OfflineEntry;
                static toObject(m: skarm.dht.v1.OfflineEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace OfflineEntry {
                interface $Properties {
                    kind?: (string|null);
                    payloadJson?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.dht.v1.OfflineEntry.$Properties;
            }

            interface IDeliverOfflineRequest extends skarm.dht.v1.DeliverOfflineRequest.$Properties {
            }

            class DeliverOfflineRequest {
                constructor(p?: skarm.dht.v1.DeliverOfflineRequest.$Properties);
                $unknowns?: Uint8Array[];
                deviceId: string;
                entry?: (skarm.dht.v1.OfflineEntry.$Properties|null);
                static create(properties: skarm.dht.v1.DeliverOfflineRequest.$Shape): skarm.dht.v1.DeliverOfflineRequest & skarm.dht.v1.DeliverOfflineRequest.$Shape;
                static create(properties?: skarm.dht.v1.DeliverOfflineRequest.$Properties): skarm.dht.v1.DeliverOfflineRequest;
                static encode(m: skarm.dht.v1.DeliverOfflineRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.dht.v1.DeliverOfflineRequest & skarm.dht.v1.DeliverOfflineRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.dht.v1.DeliverOfflineRequest;
                static toObject(m: skarm.dht.v1.DeliverOfflineRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeliverOfflineRequest {
                interface $Properties {
                    deviceId?: (string|null);
                    entry?: (skarm.dht.v1.OfflineEntry.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.dht.v1.DeliverOfflineRequest.$Properties;
            }

            interface IDeliverOfflineResponse extends skarm.dht.v1.DeliverOfflineResponse.$Properties {
            }

            class DeliverOfflineResponse {
                constructor(p?: skarm.dht.v1.DeliverOfflineResponse.$Properties);
                $unknowns?: Uint8Array[];
                entryId: string;
                expiresAtMs: number;
                static create(properties: skarm.dht.v1.DeliverOfflineResponse.$Shape): skarm.dht.v1.DeliverOfflineResponse & skarm.dht.v1.DeliverOfflineResponse.$Shape;
                static create(properties?: skarm.dht.v1.DeliverOfflineResponse.$Properties): skarm.dht.v1.DeliverOfflineResponse;
                static encode(m: skarm.dht.v1.DeliverOfflineResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.dht.v1.DeliverOfflineResponse & skarm.dht.v1.DeliverOfflineResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.dht.v1.DeliverOfflineResponse;
                static toObject(m: skarm.dht.v1.DeliverOfflineResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeliverOfflineResponse {
                interface $Properties {
                    entryId?: (string|null);
                    expiresAtMs?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.dht.v1.DeliverOfflineResponse.$Properties;
            }

            interface IPollInboxRequest extends skarm.dht.v1.PollInboxRequest.$Properties {
            }

            class PollInboxRequest {
                constructor(p?: skarm.dht.v1.PollInboxRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: skarm.dht.v1.PollInboxRequest.$Shape): skarm.dht.v1.PollInboxRequest & skarm.dht.v1.PollInboxRequest.$Shape;
                static create(properties?: skarm.dht.v1.PollInboxRequest.$Properties): skarm.dht.v1.PollInboxRequest;
                static encode(m: skarm.dht.v1.PollInboxRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.dht.v1.PollInboxRequest & skarm.dht.v1.PollInboxRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.dht.v1.PollInboxRequest;
                static toObject(m: skarm.dht.v1.PollInboxRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PollInboxRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.dht.v1.PollInboxRequest.$Properties;
            }

            interface IPollInboxResponse extends skarm.dht.v1.PollInboxResponse.$Properties {
            }

            class PollInboxResponse {
                constructor(p?: skarm.dht.v1.PollInboxResponse.$Properties);
                $unknowns?: Uint8Array[];
                newEntries: number;
                static create(properties: skarm.dht.v1.PollInboxResponse.$Shape): skarm.dht.v1.PollInboxResponse & skarm.dht.v1.PollInboxResponse.$Shape;
                static create(properties?: skarm.dht.v1.PollInboxResponse.$Properties): skarm.dht.v1.PollInboxResponse;
                static encode(m: skarm.dht.v1.PollInboxResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.dht.v1.PollInboxResponse & skarm.dht.v1.PollInboxResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.dht.v1.PollInboxResponse;
                static toObject(m: skarm.dht.v1.PollInboxResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PollInboxResponse {
                interface $Properties {
                    newEntries?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.dht.v1.PollInboxResponse.$Properties;
            }

            interface IPublishRecordsRequest extends skarm.dht.v1.PublishRecordsRequest.$Properties {
            }

            class PublishRecordsRequest {
                constructor(p?: skarm.dht.v1.PublishRecordsRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: skarm.dht.v1.PublishRecordsRequest.$Shape): skarm.dht.v1.PublishRecordsRequest & skarm.dht.v1.PublishRecordsRequest.$Shape;
                static create(properties?: skarm.dht.v1.PublishRecordsRequest.$Properties): skarm.dht.v1.PublishRecordsRequest;
                static encode(m: skarm.dht.v1.PublishRecordsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.dht.v1.PublishRecordsRequest & skarm.dht.v1.PublishRecordsRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.dht.v1.PublishRecordsRequest;
                static toObject(m: skarm.dht.v1.PublishRecordsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PublishRecordsRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.dht.v1.PublishRecordsRequest.$Properties;
            }

            interface IPublishRecordsResponse extends skarm.dht.v1.PublishRecordsResponse.$Properties {
            }

            class PublishRecordsResponse {
                constructor(p?: skarm.dht.v1.PublishRecordsResponse.$Properties);
                $unknowns?: Uint8Array[];
                seq: number;
                addresses: string[];
                static create(properties: skarm.dht.v1.PublishRecordsResponse.$Shape): skarm.dht.v1.PublishRecordsResponse & skarm.dht.v1.PublishRecordsResponse.$Shape;
                static create(properties?: skarm.dht.v1.PublishRecordsResponse.$Properties): skarm.dht.v1.PublishRecordsResponse;
                static encode(m: skarm.dht.v1.PublishRecordsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.dht.v1.PublishRecordsResponse & skarm.dht.v1.PublishRecordsResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.dht.v1.PublishRecordsResponse;
                static toObject(m: skarm.dht.v1.PublishRecordsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PublishRecordsResponse {
                interface $Properties {
                    seq?: (number|null);
                    addresses?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.dht.v1.PublishRecordsResponse.$Properties;
            }

            interface IOfflineEntryReceived extends skarm.dht.v1.OfflineEntryReceived.$Properties {
            }

            class OfflineEntryReceived {
                constructor(p?: skarm.dht.v1.OfflineEntryReceived.$Properties);
                $unknowns?: Uint8Array[];
                entryId: string;
                fromDeviceId: string;
                toDeviceId: string;
                kind: string;
                payloadJson: string;
                sentAtMs: number;
                expiresAtMs: number;
                static create(properties: skarm.dht.v1.OfflineEntryReceived.$Shape): skarm.dht.v1.OfflineEntryReceived & skarm.dht.v1.OfflineEntryReceived.$Shape;
                static create(properties?: skarm.dht.v1.OfflineEntryReceived.$Properties): skarm.dht.v1.OfflineEntryReceived;
                static encode(m: skarm.dht.v1.OfflineEntryReceived.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.dht.v1.OfflineEntryReceived & skarm.dht.v1.OfflineEntryReceived.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.dht.v1.OfflineEntryReceived;
                static toObject(m: skarm.dht.v1.OfflineEntryReceived, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace OfflineEntryReceived {
                interface $Properties {
                    entryId?: (string|null);
                    fromDeviceId?: (string|null);
                    toDeviceId?: (string|null);
                    kind?: (string|null);
                    payloadJson?: (string|null);
                    sentAtMs?: (number|null);
                    expiresAtMs?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.dht.v1.OfflineEntryReceived.$Properties;
            }

            interface IPush extends skarm.dht.v1.Push.$Properties {
            }

            class Push {
                constructor(p?: skarm.dht.v1.Push.$Properties);
                $unknowns?: Uint8Array[];
                deviceId: string;
                reason: string;
                entryId: string;
                fromDeviceId: string;
                static create(properties: skarm.dht.v1.Push.$Shape): skarm.dht.v1.Push & skarm.dht.v1.Push.$Shape;
                static create(properties?: skarm.dht.v1.Push.$Properties): skarm.dht.v1.Push;
                static encode(m: skarm.dht.v1.Push.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.dht.v1.Push & skarm.dht.v1.Push.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.dht.v1.Push;
                static toObject(m: skarm.dht.v1.Push, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Push {
                interface $Properties {
                    deviceId?: (string|null);
                    reason?: (string|null);
                    entryId?: (string|null);
                    fromDeviceId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.dht.v1.Push.$Properties;
            }
        }
    }

    namespace events {

        namespace v1 {

            interface IMessageReceived extends skarm.events.v1.MessageReceived.$Properties {
            }

            class MessageReceived {
                constructor(p?: skarm.events.v1.MessageReceived.$Properties);
                $unknowns?: Uint8Array[];
                conversationId: string;
                message?: (skarm.store.v1.Message.$Properties|null);
                static create(properties: skarm.events.v1.MessageReceived.$Shape): skarm.events.v1.MessageReceived & skarm.events.v1.MessageReceived.$Shape;
                static create(properties?: skarm.events.v1.MessageReceived.$Properties): skarm.events.v1.MessageReceived;
                static encode(m: skarm.events.v1.MessageReceived.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.events.v1.MessageReceived & skarm.events.v1.MessageReceived.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.events.v1.MessageReceived;
                static toObject(m: skarm.events.v1.MessageReceived, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MessageReceived {
                interface $Properties {
                    conversationId?: (string|null);
                    message?: (skarm.store.v1.Message.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.events.v1.MessageReceived.$Properties;
            }

            interface IConversationReady extends skarm.events.v1.ConversationReady.$Properties {
            }

            class ConversationReady {
                constructor(p?: skarm.events.v1.ConversationReady.$Properties);
                $unknowns?: Uint8Array[];
                conversationId: string;
                static create(properties: skarm.events.v1.ConversationReady.$Shape): skarm.events.v1.ConversationReady & skarm.events.v1.ConversationReady.$Shape;
                static create(properties?: skarm.events.v1.ConversationReady.$Properties): skarm.events.v1.ConversationReady;
                static encode(m: skarm.events.v1.ConversationReady.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.events.v1.ConversationReady & skarm.events.v1.ConversationReady.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.events.v1.ConversationReady;
                static toObject(m: skarm.events.v1.ConversationReady, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConversationReady {
                interface $Properties {
                    conversationId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.events.v1.ConversationReady.$Properties;
            }

            interface IConversationRemoved extends skarm.events.v1.ConversationRemoved.$Properties {
            }

            class ConversationRemoved {
                constructor(p?: skarm.events.v1.ConversationRemoved.$Properties);
                $unknowns?: Uint8Array[];
                conversationId: string;
                static create(properties: skarm.events.v1.ConversationRemoved.$Shape): skarm.events.v1.ConversationRemoved & skarm.events.v1.ConversationRemoved.$Shape;
                static create(properties?: skarm.events.v1.ConversationRemoved.$Properties): skarm.events.v1.ConversationRemoved;
                static encode(m: skarm.events.v1.ConversationRemoved.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.events.v1.ConversationRemoved & skarm.events.v1.ConversationRemoved.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.events.v1.ConversationRemoved;
                static toObject(m: skarm.events.v1.ConversationRemoved, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConversationRemoved {
                interface $Properties {
                    conversationId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.events.v1.ConversationRemoved.$Properties;
            }

            interface IConversationMemberEvent extends skarm.events.v1.ConversationMemberEvent.$Properties {
            }

            class ConversationMemberEvent {
                constructor(p?: skarm.events.v1.ConversationMemberEvent.$Properties);
                $unknowns?: Uint8Array[];
                conversationId: string;
                memberUri: string;
                event: number;
                static create(properties: skarm.events.v1.ConversationMemberEvent.$Shape): skarm.events.v1.ConversationMemberEvent & skarm.events.v1.ConversationMemberEvent.$Shape;
                static create(properties?: skarm.events.v1.ConversationMemberEvent.$Properties): skarm.events.v1.ConversationMemberEvent;
                static encode(m: skarm.events.v1.ConversationMemberEvent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.events.v1.ConversationMemberEvent & skarm.events.v1.ConversationMemberEvent.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.events.v1.ConversationMemberEvent;
                static toObject(m: skarm.events.v1.ConversationMemberEvent, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConversationMemberEvent {
                interface $Properties {
                    conversationId?: (string|null);
                    memberUri?: (string|null);
                    event?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.events.v1.ConversationMemberEvent.$Properties;
            }

            interface IConversationProfileUpdated extends skarm.events.v1.ConversationProfileUpdated.$Properties {
            }

            class ConversationProfileUpdated {
                constructor(p?: skarm.events.v1.ConversationProfileUpdated.$Properties);
                $unknowns?: Uint8Array[];
                conversationId: string;
                title: string;
                description: string;
                avatar: string;
                static create(properties: skarm.events.v1.ConversationProfileUpdated.$Shape): skarm.events.v1.ConversationProfileUpdated & skarm.events.v1.ConversationProfileUpdated.$Shape;
                static create(properties?: skarm.events.v1.ConversationProfileUpdated.$Properties): skarm.events.v1.ConversationProfileUpdated;
                static encode(m: skarm.events.v1.ConversationProfileUpdated.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.events.v1.ConversationProfileUpdated & skarm.events.v1.ConversationProfileUpdated.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.events.v1.ConversationProfileUpdated;
                static toObject(m: skarm.events.v1.ConversationProfileUpdated, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConversationProfileUpdated {
                interface $Properties {
                    conversationId?: (string|null);
                    title?: (string|null);
                    description?: (string|null);
                    avatar?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.events.v1.ConversationProfileUpdated.$Properties;
            }

            interface IConversationPreferencesUpdated extends skarm.events.v1.ConversationPreferencesUpdated.$Properties {
            }

            class ConversationPreferencesUpdated {
                constructor(p?: skarm.events.v1.ConversationPreferencesUpdated.$Properties);
                $unknowns?: Uint8Array[];
                conversationId: string;
                preferences?: (skarm.store.v1.Preferences.$Properties|null);
                static create(properties: skarm.events.v1.ConversationPreferencesUpdated.$Shape): skarm.events.v1.ConversationPreferencesUpdated & skarm.events.v1.ConversationPreferencesUpdated.$Shape;
                static create(properties?: skarm.events.v1.ConversationPreferencesUpdated.$Properties): skarm.events.v1.ConversationPreferencesUpdated;
                static encode(m: skarm.events.v1.ConversationPreferencesUpdated.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.events.v1.ConversationPreferencesUpdated & skarm.events.v1.ConversationPreferencesUpdated.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.events.v1.ConversationPreferencesUpdated;
                static toObject(m: skarm.events.v1.ConversationPreferencesUpdated, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConversationPreferencesUpdated {
                interface $Properties {
                    conversationId?: (string|null);
                    preferences?: (skarm.store.v1.Preferences.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.events.v1.ConversationPreferencesUpdated.$Properties;
            }

            interface IConversationSyncFinished extends skarm.events.v1.ConversationSyncFinished.$Properties {
            }

            class ConversationSyncFinished {
                constructor(p?: skarm.events.v1.ConversationSyncFinished.$Properties);
                $unknowns?: Uint8Array[];
                conversationId: string;
                static create(properties: skarm.events.v1.ConversationSyncFinished.$Shape): skarm.events.v1.ConversationSyncFinished & skarm.events.v1.ConversationSyncFinished.$Shape;
                static create(properties?: skarm.events.v1.ConversationSyncFinished.$Properties): skarm.events.v1.ConversationSyncFinished;
                static encode(m: skarm.events.v1.ConversationSyncFinished.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.events.v1.ConversationSyncFinished & skarm.events.v1.ConversationSyncFinished.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.events.v1.ConversationSyncFinished;
                static toObject(m: skarm.events.v1.ConversationSyncFinished, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConversationSyncFinished {
                interface $Properties {
                    conversationId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.events.v1.ConversationSyncFinished.$Properties;
            }

            interface IOnConversationError extends skarm.events.v1.OnConversationError.$Properties {
            }

            class OnConversationError {
                constructor(p?: skarm.events.v1.OnConversationError.$Properties);
                $unknowns?: Uint8Array[];
                conversationId: string;
                code: number;
                what: string;
                static create(properties: skarm.events.v1.OnConversationError.$Shape): skarm.events.v1.OnConversationError & skarm.events.v1.OnConversationError.$Shape;
                static create(properties?: skarm.events.v1.OnConversationError.$Properties): skarm.events.v1.OnConversationError;
                static encode(m: skarm.events.v1.OnConversationError.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.events.v1.OnConversationError & skarm.events.v1.OnConversationError.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.events.v1.OnConversationError;
                static toObject(m: skarm.events.v1.OnConversationError, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace OnConversationError {
                interface $Properties {
                    conversationId?: (string|null);
                    code?: (number|null);
                    what?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.events.v1.OnConversationError.$Properties;
            }

            interface IConversationRequestReceived extends skarm.events.v1.ConversationRequestReceived.$Properties {
            }

            class ConversationRequestReceived {
                constructor(p?: skarm.events.v1.ConversationRequestReceived.$Properties);
                $unknowns?: Uint8Array[];
                conversationId: string;
                from: string;
                received: number;
                title: string;
                description: string;
                avatar: string;
                static create(properties: skarm.events.v1.ConversationRequestReceived.$Shape): skarm.events.v1.ConversationRequestReceived & skarm.events.v1.ConversationRequestReceived.$Shape;
                static create(properties?: skarm.events.v1.ConversationRequestReceived.$Properties): skarm.events.v1.ConversationRequestReceived;
                static encode(m: skarm.events.v1.ConversationRequestReceived.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.events.v1.ConversationRequestReceived & skarm.events.v1.ConversationRequestReceived.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.events.v1.ConversationRequestReceived;
                static toObject(m: skarm.events.v1.ConversationRequestReceived, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConversationRequestReceived {
                interface $Properties {
                    conversationId?: (string|null);
                    from?: (string|null);
                    received?: (number|null);
                    title?: (string|null);
                    description?: (string|null);
                    avatar?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.events.v1.ConversationRequestReceived.$Properties;
            }
        }
    }

    namespace store {

        namespace v1 {

            enum Mode {
                ONE_TO_ONE = 0,
                ADMIN_INVITES_ONLY = 1,
                INVITES_ONLY = 2,
                PUBLIC = 3
            }

            interface IGetAccountRequest extends skarm.store.v1.GetAccountRequest.$Properties {
            }

            class GetAccountRequest {
                constructor(p?: skarm.store.v1.GetAccountRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: skarm.store.v1.GetAccountRequest.$Shape): skarm.store.v1.GetAccountRequest & skarm.store.v1.GetAccountRequest.$Shape;
                static create(properties?: skarm.store.v1.GetAccountRequest.$Properties): skarm.store.v1.GetAccountRequest;
                static encode(m: skarm.store.v1.GetAccountRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.GetAccountRequest & skarm.store.v1.GetAccountRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.GetAccountRequest;
                static toObject(m: skarm.store.v1.GetAccountRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetAccountRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.GetAccountRequest.$Properties;
            }

            interface IGetAccountResponse extends skarm.store.v1.GetAccountResponse.$Properties {
            }

            class GetAccountResponse {
                constructor(p?: skarm.store.v1.GetAccountResponse.$Properties);
                $unknowns?: Uint8Array[];
                uri: string;
                deviceId: string;
                displayName: string;
                devices: string[];
                static create(properties: skarm.store.v1.GetAccountResponse.$Shape): skarm.store.v1.GetAccountResponse & skarm.store.v1.GetAccountResponse.$Shape;
                static create(properties?: skarm.store.v1.GetAccountResponse.$Properties): skarm.store.v1.GetAccountResponse;
                static encode(m: skarm.store.v1.GetAccountResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.GetAccountResponse & skarm.store.v1.GetAccountResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.GetAccountResponse;
                static toObject(m: skarm.store.v1.GetAccountResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetAccountResponse {
                interface $Properties {
                    uri?: (string|null);
                    deviceId?: (string|null);
                    displayName?: (string|null);
                    devices?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.GetAccountResponse.$Properties;
            }

            interface ICreateConversationRequest extends skarm.store.v1.CreateConversationRequest.$Properties {
            }

            class CreateConversationRequest {
                constructor(p?: skarm.store.v1.CreateConversationRequest.$Properties);
                $unknowns?: Uint8Array[];
                mode: skarm.store.v1.Mode;
                invited: string;
                static create(properties: skarm.store.v1.CreateConversationRequest.$Shape): skarm.store.v1.CreateConversationRequest & skarm.store.v1.CreateConversationRequest.$Shape;
                static create(properties?: skarm.store.v1.CreateConversationRequest.$Properties): skarm.store.v1.CreateConversationRequest;
                static encode(m: skarm.store.v1.CreateConversationRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.CreateConversationRequest & skarm.store.v1.CreateConversationRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.CreateConversationRequest;
                static toObject(m: skarm.store.v1.CreateConversationRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateConversationRequest {
                interface $Properties {
                    mode?: (skarm.store.v1.Mode|null);
                    invited?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.CreateConversationRequest.$Properties;
            }

            interface ICreateConversationResponse extends skarm.store.v1.CreateConversationResponse.$Properties {
            }

            class CreateConversationResponse {
                constructor(p?: skarm.store.v1.CreateConversationResponse.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: skarm.store.v1.CreateConversationResponse.$Shape): skarm.store.v1.CreateConversationResponse & skarm.store.v1.CreateConversationResponse.$Shape;
                static create(properties?: skarm.store.v1.CreateConversationResponse.$Properties): skarm.store.v1.CreateConversationResponse;
                static encode(m: skarm.store.v1.CreateConversationResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.CreateConversationResponse & skarm.store.v1.CreateConversationResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.CreateConversationResponse;
                static toObject(m: skarm.store.v1.CreateConversationResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateConversationResponse {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.CreateConversationResponse.$Properties;
            }

            interface IConversationSummary extends skarm.store.v1.ConversationSummary.$Properties {
            }

            class ConversationSummary {
                constructor(p?: skarm.store.v1.ConversationSummary.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                mode: skarm.store.v1.Mode;
                syncing: boolean;
                static create(properties: skarm.store.v1.ConversationSummary.$Shape): skarm.store.v1.ConversationSummary & skarm.store.v1.ConversationSummary.$Shape;
                static create(properties?: skarm.store.v1.ConversationSummary.$Properties): skarm.store.v1.ConversationSummary;
                static encode(m: skarm.store.v1.ConversationSummary.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.ConversationSummary & skarm.store.v1.ConversationSummary.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.ConversationSummary;
                static toObject(m: skarm.store.v1.ConversationSummary, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConversationSummary {
                interface $Properties {
                    id?: (string|null);
                    mode?: (skarm.store.v1.Mode|null);
                    syncing?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.ConversationSummary.$Properties;
            }

            interface IListConversationsRequest extends skarm.store.v1.ListConversationsRequest.$Properties {
            }

            class ListConversationsRequest {
                constructor(p?: skarm.store.v1.ListConversationsRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: skarm.store.v1.ListConversationsRequest.$Shape): skarm.store.v1.ListConversationsRequest & skarm.store.v1.ListConversationsRequest.$Shape;
                static create(properties?: skarm.store.v1.ListConversationsRequest.$Properties): skarm.store.v1.ListConversationsRequest;
                static encode(m: skarm.store.v1.ListConversationsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.ListConversationsRequest & skarm.store.v1.ListConversationsRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.ListConversationsRequest;
                static toObject(m: skarm.store.v1.ListConversationsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListConversationsRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.ListConversationsRequest.$Properties;
            }

            interface IListConversationsResponse extends skarm.store.v1.ListConversationsResponse.$Properties {
            }

            class ListConversationsResponse {
                constructor(p?: skarm.store.v1.ListConversationsResponse.$Properties);
                $unknowns?: Uint8Array[];
                conversations: skarm.store.v1.ConversationSummary.$Properties[];
                static create(properties: skarm.store.v1.ListConversationsResponse.$Shape): skarm.store.v1.ListConversationsResponse & skarm.store.v1.ListConversationsResponse.$Shape;
                static create(properties?: skarm.store.v1.ListConversationsResponse.$Properties): skarm.store.v1.ListConversationsResponse;
                static encode(m: skarm.store.v1.ListConversationsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.ListConversationsResponse & skarm.store.v1.ListConversationsResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.ListConversationsResponse;
                static toObject(m: skarm.store.v1.ListConversationsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListConversationsResponse {
                interface $Properties {
                    conversations?: (skarm.store.v1.ConversationSummary.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.ListConversationsResponse.$Properties;
            }

            interface IConversationRef extends skarm.store.v1.ConversationRef.$Properties {
            }

            class ConversationRef {
                constructor(p?: skarm.store.v1.ConversationRef.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: skarm.store.v1.ConversationRef.$Shape): skarm.store.v1.ConversationRef & skarm.store.v1.ConversationRef.$Shape;
                static create(properties?: skarm.store.v1.ConversationRef.$Properties): skarm.store.v1.ConversationRef;
                static encode(m: skarm.store.v1.ConversationRef.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.ConversationRef & skarm.store.v1.ConversationRef.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.ConversationRef;
                static toObject(m: skarm.store.v1.ConversationRef, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConversationRef {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.ConversationRef.$Properties;
            }

            interface IConversationInfo extends skarm.store.v1.ConversationInfo.$Properties {
            }

            class ConversationInfo {
                constructor(p?: skarm.store.v1.ConversationInfo.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                mode: skarm.store.v1.Mode;
                title: string;
                description: string;
                avatar: string;
                syncing: boolean;
                rdvUri: string;
                static create(properties: skarm.store.v1.ConversationInfo.$Shape): skarm.store.v1.ConversationInfo & skarm.store.v1.ConversationInfo.$Shape;
                static create(properties?: skarm.store.v1.ConversationInfo.$Properties): skarm.store.v1.ConversationInfo;
                static encode(m: skarm.store.v1.ConversationInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.ConversationInfo & skarm.store.v1.ConversationInfo.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.ConversationInfo;
                static toObject(m: skarm.store.v1.ConversationInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConversationInfo {
                interface $Properties {
                    id?: (string|null);
                    mode?: (skarm.store.v1.Mode|null);
                    title?: (string|null);
                    description?: (string|null);
                    avatar?: (string|null);
                    syncing?: (boolean|null);
                    rdvUri?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.ConversationInfo.$Properties;
            }

            interface IUpdateProfileRequest extends skarm.store.v1.UpdateProfileRequest.$Properties {
            }

            class UpdateProfileRequest {
                constructor(p?: skarm.store.v1.UpdateProfileRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                title?: (string|null);
                description?: (string|null);
                avatar?: (string|null);
                static create(properties: skarm.store.v1.UpdateProfileRequest.$Shape): skarm.store.v1.UpdateProfileRequest & skarm.store.v1.UpdateProfileRequest.$Shape;
                static create(properties?: skarm.store.v1.UpdateProfileRequest.$Properties): skarm.store.v1.UpdateProfileRequest;
                static encode(m: skarm.store.v1.UpdateProfileRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.UpdateProfileRequest & skarm.store.v1.UpdateProfileRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.UpdateProfileRequest;
                static toObject(m: skarm.store.v1.UpdateProfileRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace UpdateProfileRequest {
                interface $Properties {
                    id?: (string|null);
                    title?: (string|null);
                    description?: (string|null);
                    avatar?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.UpdateProfileRequest.$Properties;
            }

            interface IMember extends skarm.store.v1.Member.$Properties {
            }

            class Member {
                constructor(p?: skarm.store.v1.Member.$Properties);
                $unknowns?: Uint8Array[];
                uri: string;
                role: string;
                lastDisplayed: string;
                static create(properties: skarm.store.v1.Member.$Shape): skarm.store.v1.Member & skarm.store.v1.Member.$Shape;
                static create(properties?: skarm.store.v1.Member.$Properties): skarm.store.v1.Member;
                static encode(m: skarm.store.v1.Member.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.Member & skarm.store.v1.Member.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.Member;
                static toObject(m: skarm.store.v1.Member, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Member {
                interface $Properties {
                    uri?: (string|null);
                    role?: (string|null);
                    lastDisplayed?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.Member.$Properties;
            }

            interface IListMembersResponse extends skarm.store.v1.ListMembersResponse.$Properties {
            }

            class ListMembersResponse {
                constructor(p?: skarm.store.v1.ListMembersResponse.$Properties);
                $unknowns?: Uint8Array[];
                members: skarm.store.v1.Member.$Properties[];
                static create(properties: skarm.store.v1.ListMembersResponse.$Shape): skarm.store.v1.ListMembersResponse & skarm.store.v1.ListMembersResponse.$Shape;
                static create(properties?: skarm.store.v1.ListMembersResponse.$Properties): skarm.store.v1.ListMembersResponse;
                static encode(m: skarm.store.v1.ListMembersResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.ListMembersResponse & skarm.store.v1.ListMembersResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.ListMembersResponse;
                static toObject(m: skarm.store.v1.ListMembersResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListMembersResponse {
                interface $Properties {
                    members?: (skarm.store.v1.Member.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.ListMembersResponse.$Properties;
            }

            interface IMemberRequest extends skarm.store.v1.MemberRequest.$Properties {
            }

            class MemberRequest {
                constructor(p?: skarm.store.v1.MemberRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                uri: string;
                static create(properties: skarm.store.v1.MemberRequest.$Shape): skarm.store.v1.MemberRequest & skarm.store.v1.MemberRequest.$Shape;
                static create(properties?: skarm.store.v1.MemberRequest.$Properties): skarm.store.v1.MemberRequest;
                static encode(m: skarm.store.v1.MemberRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.MemberRequest & skarm.store.v1.MemberRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.MemberRequest;
                static toObject(m: skarm.store.v1.MemberRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MemberRequest {
                interface $Properties {
                    id?: (string|null);
                    uri?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.MemberRequest.$Properties;
            }

            interface ISendMessageRequest extends skarm.store.v1.SendMessageRequest.$Properties {
            }

            class SendMessageRequest {
                constructor(p?: skarm.store.v1.SendMessageRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                type: string;
                body: string;
                reactTo: string;
                edit: string;
                replyTo: string;
                static create(properties: skarm.store.v1.SendMessageRequest.$Shape): skarm.store.v1.SendMessageRequest & skarm.store.v1.SendMessageRequest.$Shape;
                static create(properties?: skarm.store.v1.SendMessageRequest.$Properties): skarm.store.v1.SendMessageRequest;
                static encode(m: skarm.store.v1.SendMessageRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.SendMessageRequest & skarm.store.v1.SendMessageRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.SendMessageRequest;
                static toObject(m: skarm.store.v1.SendMessageRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SendMessageRequest {
                interface $Properties {
                    id?: (string|null);
                    type?: (string|null);
                    body?: (string|null);
                    reactTo?: (string|null);
                    edit?: (string|null);
                    replyTo?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.SendMessageRequest.$Properties;
            }

            interface ISendMessageResponse extends skarm.store.v1.SendMessageResponse.$Properties {
            }

            class SendMessageResponse {
                constructor(p?: skarm.store.v1.SendMessageResponse.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: skarm.store.v1.SendMessageResponse.$Shape): skarm.store.v1.SendMessageResponse & skarm.store.v1.SendMessageResponse.$Shape;
                static create(properties?: skarm.store.v1.SendMessageResponse.$Properties): skarm.store.v1.SendMessageResponse;
                static encode(m: skarm.store.v1.SendMessageResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.SendMessageResponse & skarm.store.v1.SendMessageResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.SendMessageResponse;
                static toObject(m: skarm.store.v1.SendMessageResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SendMessageResponse {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.SendMessageResponse.$Properties;
            }

            interface IReaction extends skarm.store.v1.Reaction.$Properties {
            }

            class Reaction {
                constructor(p?: skarm.store.v1.Reaction.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                author: string;
                body: string;
                static create(properties: skarm.store.v1.Reaction.$Shape): skarm.store.v1.Reaction & skarm.store.v1.Reaction.$Shape;
                static create(properties?: skarm.store.v1.Reaction.$Properties): skarm.store.v1.Reaction;
                static encode(m: skarm.store.v1.Reaction.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.Reaction & skarm.store.v1.Reaction.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.Reaction;
                static toObject(m: skarm.store.v1.Reaction, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Reaction {
                interface $Properties {
                    id?: (string|null);
                    author?: (string|null);
                    body?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.Reaction.$Properties;
            }

            interface IMessage extends skarm.store.v1.Message.$Properties {
            }

            class Message {
                constructor(p?: skarm.store.v1.Message.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                parents: string[];
                author: string;
                device: string;
                timestamp: number;
                type: string;
                fieldsJson: string;
                edited: boolean;
                reactions: skarm.store.v1.Reaction.$Properties[];
                static create(properties: skarm.store.v1.Message.$Shape): skarm.store.v1.Message & skarm.store.v1.Message.$Shape;
                static create(properties?: skarm.store.v1.Message.$Properties): skarm.store.v1.Message;
                static encode(m: skarm.store.v1.Message.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.Message & skarm.store.v1.Message.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.Message;
                static toObject(m: skarm.store.v1.Message, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Message {
                interface $Properties {
                    id?: (string|null);
                    parents?: (string[]|null);
                    author?: (string|null);
                    device?: (string|null);
                    timestamp?: (number|null);
                    type?: (string|null);
                    fieldsJson?: (string|null);
                    edited?: (boolean|null);
                    reactions?: (skarm.store.v1.Reaction.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.Message.$Properties;
            }

            interface ILoadMessagesRequest extends skarm.store.v1.LoadMessagesRequest.$Properties {
            }

            class LoadMessagesRequest {
                constructor(p?: skarm.store.v1.LoadMessagesRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                limit: number;
                before: string;
                static create(properties: skarm.store.v1.LoadMessagesRequest.$Shape): skarm.store.v1.LoadMessagesRequest & skarm.store.v1.LoadMessagesRequest.$Shape;
                static create(properties?: skarm.store.v1.LoadMessagesRequest.$Properties): skarm.store.v1.LoadMessagesRequest;
                static encode(m: skarm.store.v1.LoadMessagesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.LoadMessagesRequest & skarm.store.v1.LoadMessagesRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.LoadMessagesRequest;
                static toObject(m: skarm.store.v1.LoadMessagesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace LoadMessagesRequest {
                interface $Properties {
                    id?: (string|null);
                    limit?: (number|null);
                    before?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.LoadMessagesRequest.$Properties;
            }

            interface ILoadMessagesResponse extends skarm.store.v1.LoadMessagesResponse.$Properties {
            }

            class LoadMessagesResponse {
                constructor(p?: skarm.store.v1.LoadMessagesResponse.$Properties);
                $unknowns?: Uint8Array[];
                messages: skarm.store.v1.Message.$Properties[];
                static create(properties: skarm.store.v1.LoadMessagesResponse.$Shape): skarm.store.v1.LoadMessagesResponse & skarm.store.v1.LoadMessagesResponse.$Shape;
                static create(properties?: skarm.store.v1.LoadMessagesResponse.$Properties): skarm.store.v1.LoadMessagesResponse;
                static encode(m: skarm.store.v1.LoadMessagesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.LoadMessagesResponse & skarm.store.v1.LoadMessagesResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.LoadMessagesResponse;
                static toObject(m: skarm.store.v1.LoadMessagesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace LoadMessagesResponse {
                interface $Properties {
                    messages?: (skarm.store.v1.Message.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.LoadMessagesResponse.$Properties;
            }

            interface ISetDisplayedRequest extends skarm.store.v1.SetDisplayedRequest.$Properties {
            }

            class SetDisplayedRequest {
                constructor(p?: skarm.store.v1.SetDisplayedRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                commit: string;
                static create(properties: skarm.store.v1.SetDisplayedRequest.$Shape): skarm.store.v1.SetDisplayedRequest & skarm.store.v1.SetDisplayedRequest.$Shape;
                static create(properties?: skarm.store.v1.SetDisplayedRequest.$Properties): skarm.store.v1.SetDisplayedRequest;
                static encode(m: skarm.store.v1.SetDisplayedRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.SetDisplayedRequest & skarm.store.v1.SetDisplayedRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.SetDisplayedRequest;
                static toObject(m: skarm.store.v1.SetDisplayedRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SetDisplayedRequest {
                interface $Properties {
                    id?: (string|null);
                    commit?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.SetDisplayedRequest.$Properties;
            }

            interface IPreferences extends skarm.store.v1.Preferences.$Properties {
            }

            class Preferences {
                constructor(p?: skarm.store.v1.Preferences.$Properties);
                $unknowns?: Uint8Array[];
                color?: (string|null);
                ignoreNotifications?: (boolean|null);
                symbol?: (string|null);
                static create(properties: skarm.store.v1.Preferences.$Shape): skarm.store.v1.Preferences & skarm.store.v1.Preferences.$Shape;
                static create(properties?: skarm.store.v1.Preferences.$Properties): skarm.store.v1.Preferences;
                static encode(m: skarm.store.v1.Preferences.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.Preferences & skarm.store.v1.Preferences.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.Preferences;
                static toObject(m: skarm.store.v1.Preferences, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Preferences {
                interface $Properties {
                    color?: (string|null);
                    ignoreNotifications?: (boolean|null);
                    symbol?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.Preferences.$Properties;
            }

            interface ISetPreferencesRequest extends skarm.store.v1.SetPreferencesRequest.$Properties {
            }

            class SetPreferencesRequest {
                constructor(p?: skarm.store.v1.SetPreferencesRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                preferences?: (skarm.store.v1.Preferences.$Properties|null);
                static create(properties: skarm.store.v1.SetPreferencesRequest.$Shape): skarm.store.v1.SetPreferencesRequest & skarm.store.v1.SetPreferencesRequest.$Shape;
                static create(properties?: skarm.store.v1.SetPreferencesRequest.$Properties): skarm.store.v1.SetPreferencesRequest;
                static encode(m: skarm.store.v1.SetPreferencesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.SetPreferencesRequest & skarm.store.v1.SetPreferencesRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.SetPreferencesRequest;
                static toObject(m: skarm.store.v1.SetPreferencesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SetPreferencesRequest {
                interface $Properties {
                    id?: (string|null);
                    preferences?: (skarm.store.v1.Preferences.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.SetPreferencesRequest.$Properties;
            }

            interface IContact extends skarm.store.v1.Contact.$Properties {
            }

            class Contact {
                constructor(p?: skarm.store.v1.Contact.$Properties);
                $unknowns?: Uint8Array[];
                uri: string;
                conversationId: string;
                confirmed: boolean;
                static create(properties: skarm.store.v1.Contact.$Shape): skarm.store.v1.Contact & skarm.store.v1.Contact.$Shape;
                static create(properties?: skarm.store.v1.Contact.$Properties): skarm.store.v1.Contact;
                static encode(m: skarm.store.v1.Contact.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.Contact & skarm.store.v1.Contact.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.Contact;
                static toObject(m: skarm.store.v1.Contact, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Contact {
                interface $Properties {
                    uri?: (string|null);
                    conversationId?: (string|null);
                    confirmed?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.Contact.$Properties;
            }

            interface IAddContactRequest extends skarm.store.v1.AddContactRequest.$Properties {
            }

            class AddContactRequest {
                constructor(p?: skarm.store.v1.AddContactRequest.$Properties);
                $unknowns?: Uint8Array[];
                uri: string;
                static create(properties: skarm.store.v1.AddContactRequest.$Shape): skarm.store.v1.AddContactRequest & skarm.store.v1.AddContactRequest.$Shape;
                static create(properties?: skarm.store.v1.AddContactRequest.$Properties): skarm.store.v1.AddContactRequest;
                static encode(m: skarm.store.v1.AddContactRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.AddContactRequest & skarm.store.v1.AddContactRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.AddContactRequest;
                static toObject(m: skarm.store.v1.AddContactRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace AddContactRequest {
                interface $Properties {
                    uri?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.AddContactRequest.$Properties;
            }

            interface IAddContactResponse extends skarm.store.v1.AddContactResponse.$Properties {
            }

            class AddContactResponse {
                constructor(p?: skarm.store.v1.AddContactResponse.$Properties);
                $unknowns?: Uint8Array[];
                conversationId: string;
                created: boolean;
                static create(properties: skarm.store.v1.AddContactResponse.$Shape): skarm.store.v1.AddContactResponse & skarm.store.v1.AddContactResponse.$Shape;
                static create(properties?: skarm.store.v1.AddContactResponse.$Properties): skarm.store.v1.AddContactResponse;
                static encode(m: skarm.store.v1.AddContactResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.AddContactResponse & skarm.store.v1.AddContactResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.AddContactResponse;
                static toObject(m: skarm.store.v1.AddContactResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace AddContactResponse {
                interface $Properties {
                    conversationId?: (string|null);
                    created?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.AddContactResponse.$Properties;
            }

            interface IListContactsRequest extends skarm.store.v1.ListContactsRequest.$Properties {
            }

            class ListContactsRequest {
                constructor(p?: skarm.store.v1.ListContactsRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: skarm.store.v1.ListContactsRequest.$Shape): skarm.store.v1.ListContactsRequest & skarm.store.v1.ListContactsRequest.$Shape;
                static create(properties?: skarm.store.v1.ListContactsRequest.$Properties): skarm.store.v1.ListContactsRequest;
                static encode(m: skarm.store.v1.ListContactsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.ListContactsRequest & skarm.store.v1.ListContactsRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.ListContactsRequest;
                static toObject(m: skarm.store.v1.ListContactsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListContactsRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.ListContactsRequest.$Properties;
            }

            interface IListContactsResponse extends skarm.store.v1.ListContactsResponse.$Properties {
            }

            class ListContactsResponse {
                constructor(p?: skarm.store.v1.ListContactsResponse.$Properties);
                $unknowns?: Uint8Array[];
                contacts: skarm.store.v1.Contact.$Properties[];
                static create(properties: skarm.store.v1.ListContactsResponse.$Shape): skarm.store.v1.ListContactsResponse & skarm.store.v1.ListContactsResponse.$Shape;
                static create(properties?: skarm.store.v1.ListContactsResponse.$Properties): skarm.store.v1.ListContactsResponse;
                static encode(m: skarm.store.v1.ListContactsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.ListContactsResponse & skarm.store.v1.ListContactsResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.ListContactsResponse;
                static toObject(m: skarm.store.v1.ListContactsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListContactsResponse {
                interface $Properties {
                    contacts?: (skarm.store.v1.Contact.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.ListContactsResponse.$Properties;
            }

            interface IContactRef extends skarm.store.v1.ContactRef.$Properties {
            }

            class ContactRef {
                constructor(p?: skarm.store.v1.ContactRef.$Properties);
                $unknowns?: Uint8Array[];
                uri: string;
                static create(properties: skarm.store.v1.ContactRef.$Shape): skarm.store.v1.ContactRef & skarm.store.v1.ContactRef.$Shape;
                static create(properties?: skarm.store.v1.ContactRef.$Properties): skarm.store.v1.ContactRef;
                static encode(m: skarm.store.v1.ContactRef.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.ContactRef & skarm.store.v1.ContactRef.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.ContactRef;
                static toObject(m: skarm.store.v1.ContactRef, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ContactRef {
                interface $Properties {
                    uri?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.ContactRef.$Properties;
            }

            interface IRevokeDeviceRequest extends skarm.store.v1.RevokeDeviceRequest.$Properties {
            }

            class RevokeDeviceRequest {
                constructor(p?: skarm.store.v1.RevokeDeviceRequest.$Properties);
                $unknowns?: Uint8Array[];
                deviceId: string;
                static create(properties: skarm.store.v1.RevokeDeviceRequest.$Shape): skarm.store.v1.RevokeDeviceRequest & skarm.store.v1.RevokeDeviceRequest.$Shape;
                static create(properties?: skarm.store.v1.RevokeDeviceRequest.$Properties): skarm.store.v1.RevokeDeviceRequest;
                static encode(m: skarm.store.v1.RevokeDeviceRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.store.v1.RevokeDeviceRequest & skarm.store.v1.RevokeDeviceRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.store.v1.RevokeDeviceRequest;
                static toObject(m: skarm.store.v1.RevokeDeviceRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RevokeDeviceRequest {
                interface $Properties {
                    deviceId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.store.v1.RevokeDeviceRequest.$Properties;
            }
        }
    }

    namespace files {

        namespace v1 {

            interface IPutFileRequest extends skarm.files.v1.PutFileRequest.$Properties {
            }

            class PutFileRequest {
                constructor(p?: skarm.files.v1.PutFileRequest.$Properties);
                $unknowns?: Uint8Array[];
                conversationId: string;
                commitId: string;
                tid: string;
                extension: string;
                data: Uint8Array;
                static create(properties: skarm.files.v1.PutFileRequest.$Shape): skarm.files.v1.PutFileRequest & skarm.files.v1.PutFileRequest.$Shape;
                static create(properties?: skarm.files.v1.PutFileRequest.$Properties): skarm.files.v1.PutFileRequest;
                static encode(m: skarm.files.v1.PutFileRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.files.v1.PutFileRequest & skarm.files.v1.PutFileRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.files.v1.PutFileRequest;
                static toObject(m: skarm.files.v1.PutFileRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PutFileRequest {
                interface $Properties {
                    conversationId?: (string|null);
                    commitId?: (string|null);
                    tid?: (string|null);
                    extension?: (string|null);
                    data?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.files.v1.PutFileRequest.$Properties;
            }

            interface IPutFileResponse extends skarm.files.v1.PutFileResponse.$Properties {
            }

            class PutFileResponse {
                constructor(p?: skarm.files.v1.PutFileResponse.$Properties);
                $unknowns?: Uint8Array[];
                path: string;
                sha3sum: string;
                static create(properties: skarm.files.v1.PutFileResponse.$Shape): skarm.files.v1.PutFileResponse & skarm.files.v1.PutFileResponse.$Shape;
                static create(properties?: skarm.files.v1.PutFileResponse.$Properties): skarm.files.v1.PutFileResponse;
                static encode(m: skarm.files.v1.PutFileResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.files.v1.PutFileResponse & skarm.files.v1.PutFileResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.files.v1.PutFileResponse;
                static toObject(m: skarm.files.v1.PutFileResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PutFileResponse {
                interface $Properties {
                    path?: (string|null);
                    sha3sum?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.files.v1.PutFileResponse.$Properties;
            }

            interface IGetFileRequest extends skarm.files.v1.GetFileRequest.$Properties {
            }

            class GetFileRequest {
                constructor(p?: skarm.files.v1.GetFileRequest.$Properties);
                $unknowns?: Uint8Array[];
                conversationId: string;
                fileId: string;
                static create(properties: skarm.files.v1.GetFileRequest.$Shape): skarm.files.v1.GetFileRequest & skarm.files.v1.GetFileRequest.$Shape;
                static create(properties?: skarm.files.v1.GetFileRequest.$Properties): skarm.files.v1.GetFileRequest;
                static encode(m: skarm.files.v1.GetFileRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.files.v1.GetFileRequest & skarm.files.v1.GetFileRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.files.v1.GetFileRequest;
                static toObject(m: skarm.files.v1.GetFileRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetFileRequest {
                interface $Properties {
                    conversationId?: (string|null);
                    fileId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.files.v1.GetFileRequest.$Properties;
            }

            interface IGetFileResponse extends skarm.files.v1.GetFileResponse.$Properties {
            }

            class GetFileResponse {
                constructor(p?: skarm.files.v1.GetFileResponse.$Properties);
                $unknowns?: Uint8Array[];
                present: boolean;
                data: Uint8Array;
                sha3sum: string;
                static create(properties: skarm.files.v1.GetFileResponse.$Shape): skarm.files.v1.GetFileResponse & skarm.files.v1.GetFileResponse.$Shape;
                static create(properties?: skarm.files.v1.GetFileResponse.$Properties): skarm.files.v1.GetFileResponse;
                static encode(m: skarm.files.v1.GetFileResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.files.v1.GetFileResponse & skarm.files.v1.GetFileResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.files.v1.GetFileResponse;
                static toObject(m: skarm.files.v1.GetFileResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetFileResponse {
                interface $Properties {
                    present?: (boolean|null);
                    data?: (Uint8Array|null);
                    sha3sum?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.files.v1.GetFileResponse.$Properties;
            }
        }
    }

    namespace sync {

        namespace v1 {

            interface IListHeadsRequest extends skarm.sync.v1.ListHeadsRequest.$Properties {
            }

            class ListHeadsRequest {
                constructor(p?: skarm.sync.v1.ListHeadsRequest.$Properties);
                $unknowns?: Uint8Array[];
                uri: string;
                conversationId: string;
                static create(properties: skarm.sync.v1.ListHeadsRequest.$Shape): skarm.sync.v1.ListHeadsRequest & skarm.sync.v1.ListHeadsRequest.$Shape;
                static create(properties?: skarm.sync.v1.ListHeadsRequest.$Properties): skarm.sync.v1.ListHeadsRequest;
                static encode(m: skarm.sync.v1.ListHeadsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.sync.v1.ListHeadsRequest & skarm.sync.v1.ListHeadsRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.sync.v1.ListHeadsRequest;
                static toObject(m: skarm.sync.v1.ListHeadsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListHeadsRequest {
                interface $Properties {
                    uri?: (string|null);
                    conversationId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.sync.v1.ListHeadsRequest.$Properties;
            }

            interface IConversationHead extends skarm.sync.v1.ConversationHead.$Properties {
            }

            class ConversationHead {
                constructor(p?: skarm.sync.v1.ConversationHead.$Properties);
                $unknowns?: Uint8Array[];
                conversationId: string;
                head: string;
                role: string;
                devices: string[];
                title: string;
                description: string;
                avatar: string;
                members: string[];
                inviter: string;
                mode: string;
                static create(properties: skarm.sync.v1.ConversationHead.$Shape): skarm.sync.v1.ConversationHead & skarm.sync.v1.ConversationHead.$Shape;
                static create(properties?: skarm.sync.v1.ConversationHead.$Properties): skarm.sync.v1.ConversationHead;
                static encode(m: skarm.sync.v1.ConversationHead.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.sync.v1.ConversationHead & skarm.sync.v1.ConversationHead.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.sync.v1.ConversationHead;
                static toObject(m: skarm.sync.v1.ConversationHead, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConversationHead {
                interface $Properties {
                    conversationId?: (string|null);
                    head?: (string|null);
                    role?: (string|null);
                    devices?: (string[]|null);
                    title?: (string|null);
                    description?: (string|null);
                    avatar?: (string|null);
                    members?: (string[]|null);
                    inviter?: (string|null);
                    mode?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.sync.v1.ConversationHead.$Properties;
            }

            interface IListHeadsResponse extends skarm.sync.v1.ListHeadsResponse.$Properties {
            }

            class ListHeadsResponse {
                constructor(p?: skarm.sync.v1.ListHeadsResponse.$Properties);
                $unknowns?: Uint8Array[];
                conversations: skarm.sync.v1.ConversationHead.$Properties[];
                static create(properties: skarm.sync.v1.ListHeadsResponse.$Shape): skarm.sync.v1.ListHeadsResponse & skarm.sync.v1.ListHeadsResponse.$Shape;
                static create(properties?: skarm.sync.v1.ListHeadsResponse.$Properties): skarm.sync.v1.ListHeadsResponse;
                static encode(m: skarm.sync.v1.ListHeadsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.sync.v1.ListHeadsResponse & skarm.sync.v1.ListHeadsResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.sync.v1.ListHeadsResponse;
                static toObject(m: skarm.sync.v1.ListHeadsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListHeadsResponse {
                interface $Properties {
                    conversations?: (skarm.sync.v1.ConversationHead.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.sync.v1.ListHeadsResponse.$Properties;
            }

            interface IAuthorizeRequest extends skarm.sync.v1.AuthorizeRequest.$Properties {
            }

            class AuthorizeRequest {
                constructor(p?: skarm.sync.v1.AuthorizeRequest.$Properties);
                $unknowns?: Uint8Array[];
                conversationId: string;
                uri: string;
                deviceId: string;
                static create(properties: skarm.sync.v1.AuthorizeRequest.$Shape): skarm.sync.v1.AuthorizeRequest & skarm.sync.v1.AuthorizeRequest.$Shape;
                static create(properties?: skarm.sync.v1.AuthorizeRequest.$Properties): skarm.sync.v1.AuthorizeRequest;
                static encode(m: skarm.sync.v1.AuthorizeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.sync.v1.AuthorizeRequest & skarm.sync.v1.AuthorizeRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.sync.v1.AuthorizeRequest;
                static toObject(m: skarm.sync.v1.AuthorizeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace AuthorizeRequest {
                interface $Properties {
                    conversationId?: (string|null);
                    uri?: (string|null);
                    deviceId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.sync.v1.AuthorizeRequest.$Properties;
            }

            interface IAuthorizeResponse extends skarm.sync.v1.AuthorizeResponse.$Properties {
            }

            class AuthorizeResponse {
                constructor(p?: skarm.sync.v1.AuthorizeResponse.$Properties);
                $unknowns?: Uint8Array[];
                allowed: boolean;
                repoPath: string;
                head: string;
                role: string;
                static create(properties: skarm.sync.v1.AuthorizeResponse.$Shape): skarm.sync.v1.AuthorizeResponse & skarm.sync.v1.AuthorizeResponse.$Shape;
                static create(properties?: skarm.sync.v1.AuthorizeResponse.$Properties): skarm.sync.v1.AuthorizeResponse;
                static encode(m: skarm.sync.v1.AuthorizeResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.sync.v1.AuthorizeResponse & skarm.sync.v1.AuthorizeResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.sync.v1.AuthorizeResponse;
                static toObject(m: skarm.sync.v1.AuthorizeResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace AuthorizeResponse {
                interface $Properties {
                    allowed?: (boolean|null);
                    repoPath?: (string|null);
                    head?: (string|null);
                    role?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.sync.v1.AuthorizeResponse.$Properties;
            }

            interface IImportRequest extends skarm.sync.v1.ImportRequest.$Properties {
            }

            class ImportRequest {
                constructor(p?: skarm.sync.v1.ImportRequest.$Properties);
                $unknowns?: Uint8Array[];
                conversationId: string;
                quarantinePath: string;
                tip: string;
                objects: skarm.common.v1.GitObject.$Properties[];
                static create(properties: skarm.sync.v1.ImportRequest.$Shape): skarm.sync.v1.ImportRequest & skarm.sync.v1.ImportRequest.$Shape;
                static create(properties?: skarm.sync.v1.ImportRequest.$Properties): skarm.sync.v1.ImportRequest;
                static encode(m: skarm.sync.v1.ImportRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.sync.v1.ImportRequest & skarm.sync.v1.ImportRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.sync.v1.ImportRequest;
                static toObject(m: skarm.sync.v1.ImportRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ImportRequest {
                interface $Properties {
                    conversationId?: (string|null);
                    quarantinePath?: (string|null);
                    tip?: (string|null);
                    objects?: (skarm.common.v1.GitObject.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.sync.v1.ImportRequest.$Properties;
            }

            interface IImportResponse extends skarm.sync.v1.ImportResponse.$Properties {
            }

            class ImportResponse {
                constructor(p?: skarm.sync.v1.ImportResponse.$Properties);
                $unknowns?: Uint8Array[];
                head: string;
                commits: string[];
                merged: boolean;
                replaced: boolean;
                static create(properties: skarm.sync.v1.ImportResponse.$Shape): skarm.sync.v1.ImportResponse & skarm.sync.v1.ImportResponse.$Shape;
                static create(properties?: skarm.sync.v1.ImportResponse.$Properties): skarm.sync.v1.ImportResponse;
                static encode(m: skarm.sync.v1.ImportResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.sync.v1.ImportResponse & skarm.sync.v1.ImportResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.sync.v1.ImportResponse;
                static toObject(m: skarm.sync.v1.ImportResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ImportResponse {
                interface $Properties {
                    head?: (string|null);
                    commits?: (string[]|null);
                    merged?: (boolean|null);
                    replaced?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.sync.v1.ImportResponse.$Properties;
            }

            interface IConversationRequest extends skarm.sync.v1.ConversationRequest.$Properties {
            }

            class ConversationRequest {
                constructor(p?: skarm.sync.v1.ConversationRequest.$Properties);
                $unknowns?: Uint8Array[];
                conversationId: string;
                from: string;
                received: number;
                title: string;
                description: string;
                avatar: string;
                accepted: boolean;
                devices: string[];
                mode: string;
                static create(properties: skarm.sync.v1.ConversationRequest.$Shape): skarm.sync.v1.ConversationRequest & skarm.sync.v1.ConversationRequest.$Shape;
                static create(properties?: skarm.sync.v1.ConversationRequest.$Properties): skarm.sync.v1.ConversationRequest;
                static encode(m: skarm.sync.v1.ConversationRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.sync.v1.ConversationRequest & skarm.sync.v1.ConversationRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.sync.v1.ConversationRequest;
                static toObject(m: skarm.sync.v1.ConversationRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConversationRequest {
                interface $Properties {
                    conversationId?: (string|null);
                    from?: (string|null);
                    received?: (number|null);
                    title?: (string|null);
                    description?: (string|null);
                    avatar?: (string|null);
                    accepted?: (boolean|null);
                    devices?: (string[]|null);
                    mode?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.sync.v1.ConversationRequest.$Properties;
            }

            interface IAddRequestResponse extends skarm.sync.v1.AddRequestResponse.$Properties {
            }

            class AddRequestResponse {
                constructor(p?: skarm.sync.v1.AddRequestResponse.$Properties);
                $unknowns?: Uint8Array[];
                added: boolean;
                static create(properties: skarm.sync.v1.AddRequestResponse.$Shape): skarm.sync.v1.AddRequestResponse & skarm.sync.v1.AddRequestResponse.$Shape;
                static create(properties?: skarm.sync.v1.AddRequestResponse.$Properties): skarm.sync.v1.AddRequestResponse;
                static encode(m: skarm.sync.v1.AddRequestResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.sync.v1.AddRequestResponse & skarm.sync.v1.AddRequestResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.sync.v1.AddRequestResponse;
                static toObject(m: skarm.sync.v1.AddRequestResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace AddRequestResponse {
                interface $Properties {
                    added?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.sync.v1.AddRequestResponse.$Properties;
            }

            interface IListRequestsRequest extends skarm.sync.v1.ListRequestsRequest.$Properties {
            }

            class ListRequestsRequest {
                constructor(p?: skarm.sync.v1.ListRequestsRequest.$Properties);
                $unknowns?: Uint8Array[];
                includeAccepted: boolean;
                static create(properties: skarm.sync.v1.ListRequestsRequest.$Shape): skarm.sync.v1.ListRequestsRequest & skarm.sync.v1.ListRequestsRequest.$Shape;
                static create(properties?: skarm.sync.v1.ListRequestsRequest.$Properties): skarm.sync.v1.ListRequestsRequest;
                static encode(m: skarm.sync.v1.ListRequestsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.sync.v1.ListRequestsRequest & skarm.sync.v1.ListRequestsRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.sync.v1.ListRequestsRequest;
                static toObject(m: skarm.sync.v1.ListRequestsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListRequestsRequest {
                interface $Properties {
                    includeAccepted?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.sync.v1.ListRequestsRequest.$Properties;
            }

            interface IListRequestsResponse extends skarm.sync.v1.ListRequestsResponse.$Properties {
            }

            class ListRequestsResponse {
                constructor(p?: skarm.sync.v1.ListRequestsResponse.$Properties);
                $unknowns?: Uint8Array[];
                requests: skarm.sync.v1.ConversationRequest.$Properties[];
                static create(properties: skarm.sync.v1.ListRequestsResponse.$Shape): skarm.sync.v1.ListRequestsResponse & skarm.sync.v1.ListRequestsResponse.$Shape;
                static create(properties?: skarm.sync.v1.ListRequestsResponse.$Properties): skarm.sync.v1.ListRequestsResponse;
                static encode(m: skarm.sync.v1.ListRequestsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.sync.v1.ListRequestsResponse & skarm.sync.v1.ListRequestsResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.sync.v1.ListRequestsResponse;
                static toObject(m: skarm.sync.v1.ListRequestsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListRequestsResponse {
                interface $Properties {
                    requests?: (skarm.sync.v1.ConversationRequest.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.sync.v1.ListRequestsResponse.$Properties;
            }

            interface IRequestRef extends skarm.sync.v1.RequestRef.$Properties {
            }

            class RequestRef {
                constructor(p?: skarm.sync.v1.RequestRef.$Properties);
                $unknowns?: Uint8Array[];
                conversationId: string;
                static create(properties: skarm.sync.v1.RequestRef.$Shape): skarm.sync.v1.RequestRef & skarm.sync.v1.RequestRef.$Shape;
                static create(properties?: skarm.sync.v1.RequestRef.$Properties): skarm.sync.v1.RequestRef;
                static encode(m: skarm.sync.v1.RequestRef.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.sync.v1.RequestRef & skarm.sync.v1.RequestRef.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.sync.v1.RequestRef;
                static toObject(m: skarm.sync.v1.RequestRef, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RequestRef {
                interface $Properties {
                    conversationId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.sync.v1.RequestRef.$Properties;
            }

            interface IJoinPublicRequest extends skarm.sync.v1.JoinPublicRequest.$Properties {
            }

            class JoinPublicRequest {
                constructor(p?: skarm.sync.v1.JoinPublicRequest.$Properties);
                $unknowns?: Uint8Array[];
                conversationId: string;
                from: string;
                static create(properties: skarm.sync.v1.JoinPublicRequest.$Shape): skarm.sync.v1.JoinPublicRequest & skarm.sync.v1.JoinPublicRequest.$Shape;
                static create(properties?: skarm.sync.v1.JoinPublicRequest.$Properties): skarm.sync.v1.JoinPublicRequest;
                static encode(m: skarm.sync.v1.JoinPublicRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.sync.v1.JoinPublicRequest & skarm.sync.v1.JoinPublicRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.sync.v1.JoinPublicRequest;
                static toObject(m: skarm.sync.v1.JoinPublicRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace JoinPublicRequest {
                interface $Properties {
                    conversationId?: (string|null);
                    from?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.sync.v1.JoinPublicRequest.$Properties;
            }

            interface ICloneRequested extends skarm.sync.v1.CloneRequested.$Properties {
            }

            class CloneRequested {
                constructor(p?: skarm.sync.v1.CloneRequested.$Properties);
                $unknowns?: Uint8Array[];
                conversationId: string;
                from: string;
                static create(properties: skarm.sync.v1.CloneRequested.$Shape): skarm.sync.v1.CloneRequested & skarm.sync.v1.CloneRequested.$Shape;
                static create(properties?: skarm.sync.v1.CloneRequested.$Properties): skarm.sync.v1.CloneRequested;
                static encode(m: skarm.sync.v1.CloneRequested.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.sync.v1.CloneRequested & skarm.sync.v1.CloneRequested.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.sync.v1.CloneRequested;
                static toObject(m: skarm.sync.v1.CloneRequested, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CloneRequested {
                interface $Properties {
                    conversationId?: (string|null);
                    from?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.sync.v1.CloneRequested.$Properties;
            }

            interface IAccountStateRequest extends skarm.sync.v1.AccountStateRequest.$Properties {
            }

            class AccountStateRequest {
                constructor(p?: skarm.sync.v1.AccountStateRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: skarm.sync.v1.AccountStateRequest.$Shape): skarm.sync.v1.AccountStateRequest & skarm.sync.v1.AccountStateRequest.$Shape;
                static create(properties?: skarm.sync.v1.AccountStateRequest.$Properties): skarm.sync.v1.AccountStateRequest;
                static encode(m: skarm.sync.v1.AccountStateRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.sync.v1.AccountStateRequest & skarm.sync.v1.AccountStateRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.sync.v1.AccountStateRequest;
                static toObject(m: skarm.sync.v1.AccountStateRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace AccountStateRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.sync.v1.AccountStateRequest.$Properties;
            }

            interface IAccountState extends skarm.sync.v1.AccountState.$Properties {
            }

            class AccountState {
                constructor(p?: skarm.sync.v1.AccountState.$Properties);
                $unknowns?: Uint8Array[];
                entriesJson: string;
                static create(properties: skarm.sync.v1.AccountState.$Shape): skarm.sync.v1.AccountState & skarm.sync.v1.AccountState.$Shape;
                static create(properties?: skarm.sync.v1.AccountState.$Properties): skarm.sync.v1.AccountState;
                static encode(m: skarm.sync.v1.AccountState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.sync.v1.AccountState & skarm.sync.v1.AccountState.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.sync.v1.AccountState;
                static toObject(m: skarm.sync.v1.AccountState, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace AccountState {
                interface $Properties {
                    entriesJson?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.sync.v1.AccountState.$Properties;
            }

            interface IMergeAccountStateRequest extends skarm.sync.v1.MergeAccountStateRequest.$Properties {
            }

            class MergeAccountStateRequest {
                constructor(p?: skarm.sync.v1.MergeAccountStateRequest.$Properties);
                $unknowns?: Uint8Array[];
                fromDeviceId: string;
                entriesJson: string;
                static create(properties: skarm.sync.v1.MergeAccountStateRequest.$Shape): skarm.sync.v1.MergeAccountStateRequest & skarm.sync.v1.MergeAccountStateRequest.$Shape;
                static create(properties?: skarm.sync.v1.MergeAccountStateRequest.$Properties): skarm.sync.v1.MergeAccountStateRequest;
                static encode(m: skarm.sync.v1.MergeAccountStateRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.sync.v1.MergeAccountStateRequest & skarm.sync.v1.MergeAccountStateRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.sync.v1.MergeAccountStateRequest;
                static toObject(m: skarm.sync.v1.MergeAccountStateRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MergeAccountStateRequest {
                interface $Properties {
                    fromDeviceId?: (string|null);
                    entriesJson?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.sync.v1.MergeAccountStateRequest.$Properties;
            }

            interface IMergeAccountStateResponse extends skarm.sync.v1.MergeAccountStateResponse.$Properties {
            }

            class MergeAccountStateResponse {
                constructor(p?: skarm.sync.v1.MergeAccountStateResponse.$Properties);
                $unknowns?: Uint8Array[];
                changed: boolean;
                static create(properties: skarm.sync.v1.MergeAccountStateResponse.$Shape): skarm.sync.v1.MergeAccountStateResponse & skarm.sync.v1.MergeAccountStateResponse.$Shape;
                static create(properties?: skarm.sync.v1.MergeAccountStateResponse.$Properties): skarm.sync.v1.MergeAccountStateResponse;
                static encode(m: skarm.sync.v1.MergeAccountStateResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.sync.v1.MergeAccountStateResponse & skarm.sync.v1.MergeAccountStateResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.sync.v1.MergeAccountStateResponse;
                static toObject(m: skarm.sync.v1.MergeAccountStateResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MergeAccountStateResponse {
                interface $Properties {
                    changed?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.sync.v1.MergeAccountStateResponse.$Properties;
            }

            interface IAccountStateChanged extends skarm.sync.v1.AccountStateChanged.$Properties {
            }

            class AccountStateChanged {
                constructor(p?: skarm.sync.v1.AccountStateChanged.$Properties);
                $unknowns?: Uint8Array[];
                keys: string[];
                static create(properties: skarm.sync.v1.AccountStateChanged.$Shape): skarm.sync.v1.AccountStateChanged & skarm.sync.v1.AccountStateChanged.$Shape;
                static create(properties?: skarm.sync.v1.AccountStateChanged.$Properties): skarm.sync.v1.AccountStateChanged;
                static encode(m: skarm.sync.v1.AccountStateChanged.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.sync.v1.AccountStateChanged & skarm.sync.v1.AccountStateChanged.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.sync.v1.AccountStateChanged;
                static toObject(m: skarm.sync.v1.AccountStateChanged, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace AccountStateChanged {
                interface $Properties {
                    keys?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.sync.v1.AccountStateChanged.$Properties;
            }

            interface IAccessRevoked extends skarm.sync.v1.AccessRevoked.$Properties {
            }

            class AccessRevoked {
                constructor(p?: skarm.sync.v1.AccessRevoked.$Properties);
                $unknowns?: Uint8Array[];
                conversationId: string;
                uri: string;
                deviceId: string;
                static create(properties: skarm.sync.v1.AccessRevoked.$Shape): skarm.sync.v1.AccessRevoked & skarm.sync.v1.AccessRevoked.$Shape;
                static create(properties?: skarm.sync.v1.AccessRevoked.$Properties): skarm.sync.v1.AccessRevoked;
                static encode(m: skarm.sync.v1.AccessRevoked.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.sync.v1.AccessRevoked & skarm.sync.v1.AccessRevoked.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.sync.v1.AccessRevoked;
                static toObject(m: skarm.sync.v1.AccessRevoked, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace AccessRevoked {
                interface $Properties {
                    conversationId?: (string|null);
                    uri?: (string|null);
                    deviceId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.sync.v1.AccessRevoked.$Properties;
            }
        }
    }

    namespace transport {

        namespace v1 {

            interface IGetAddressesRequest extends skarm.transport.v1.GetAddressesRequest.$Properties {
            }

            class GetAddressesRequest {
                constructor(p?: skarm.transport.v1.GetAddressesRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: skarm.transport.v1.GetAddressesRequest.$Shape): skarm.transport.v1.GetAddressesRequest & skarm.transport.v1.GetAddressesRequest.$Shape;
                static create(properties?: skarm.transport.v1.GetAddressesRequest.$Properties): skarm.transport.v1.GetAddressesRequest;
                static encode(m: skarm.transport.v1.GetAddressesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.transport.v1.GetAddressesRequest & skarm.transport.v1.GetAddressesRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.transport.v1.GetAddressesRequest;
                static toObject(m: skarm.transport.v1.GetAddressesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetAddressesRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.transport.v1.GetAddressesRequest.$Properties;
            }

            interface IGetAddressesResponse extends skarm.transport.v1.GetAddressesResponse.$Properties {
            }

            class GetAddressesResponse {
                constructor(p?: skarm.transport.v1.GetAddressesResponse.$Properties);
                $unknowns?: Uint8Array[];
                peerId: string;
                addresses: string[];
                static create(properties: skarm.transport.v1.GetAddressesResponse.$Shape): skarm.transport.v1.GetAddressesResponse & skarm.transport.v1.GetAddressesResponse.$Shape;
                static create(properties?: skarm.transport.v1.GetAddressesResponse.$Properties): skarm.transport.v1.GetAddressesResponse;
                static encode(m: skarm.transport.v1.GetAddressesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.transport.v1.GetAddressesResponse & skarm.transport.v1.GetAddressesResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.transport.v1.GetAddressesResponse;
                static toObject(m: skarm.transport.v1.GetAddressesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetAddressesResponse {
                interface $Properties {
                    peerId?: (string|null);
                    addresses?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.transport.v1.GetAddressesResponse.$Properties;
            }

            interface IPeer extends skarm.transport.v1.Peer.$Properties {
            }

            class Peer {
                constructor(p?: skarm.transport.v1.Peer.$Properties);
                $unknowns?: Uint8Array[];
                peerId: string;
                addresses: string[];
                direct: number;
                relayed: number;
                static create(properties: skarm.transport.v1.Peer.$Shape): skarm.transport.v1.Peer & skarm.transport.v1.Peer.$Shape;
                static create(properties?: skarm.transport.v1.Peer.$Properties): skarm.transport.v1.Peer;
                static encode(m: skarm.transport.v1.Peer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.transport.v1.Peer & skarm.transport.v1.Peer.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.transport.v1.Peer;
                static toObject(m: skarm.transport.v1.Peer, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Peer {
                interface $Properties {
                    peerId?: (string|null);
                    addresses?: (string[]|null);
                    direct?: (number|null);
                    relayed?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.transport.v1.Peer.$Properties;
            }

            interface IListPeersRequest extends skarm.transport.v1.ListPeersRequest.$Properties {
            }

            class ListPeersRequest {
                constructor(p?: skarm.transport.v1.ListPeersRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: skarm.transport.v1.ListPeersRequest.$Shape): skarm.transport.v1.ListPeersRequest & skarm.transport.v1.ListPeersRequest.$Shape;
                static create(properties?: skarm.transport.v1.ListPeersRequest.$Properties): skarm.transport.v1.ListPeersRequest;
                static encode(m: skarm.transport.v1.ListPeersRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.transport.v1.ListPeersRequest & skarm.transport.v1.ListPeersRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.transport.v1.ListPeersRequest;
                static toObject(m: skarm.transport.v1.ListPeersRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListPeersRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.transport.v1.ListPeersRequest.$Properties;
            }

            interface IListPeersResponse extends skarm.transport.v1.ListPeersResponse.$Properties {
            }

            class ListPeersResponse {
                constructor(p?: skarm.transport.v1.ListPeersResponse.$Properties);
                $unknowns?: Uint8Array[];
                peers: skarm.transport.v1.Peer.$Properties[];
                static create(properties: skarm.transport.v1.ListPeersResponse.$Shape): skarm.transport.v1.ListPeersResponse & skarm.transport.v1.ListPeersResponse.$Shape;
                static create(properties?: skarm.transport.v1.ListPeersResponse.$Properties): skarm.transport.v1.ListPeersResponse;
                static encode(m: skarm.transport.v1.ListPeersResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.transport.v1.ListPeersResponse & skarm.transport.v1.ListPeersResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.transport.v1.ListPeersResponse;
                static toObject(m: skarm.transport.v1.ListPeersResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListPeersResponse {
                interface $Properties {
                    peers?: (skarm.transport.v1.Peer.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.transport.v1.ListPeersResponse.$Properties;
            }

            interface IGetNetworkRequest extends skarm.transport.v1.GetNetworkRequest.$Properties {
            }

            class GetNetworkRequest {
                constructor(p?: skarm.transport.v1.GetNetworkRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: skarm.transport.v1.GetNetworkRequest.$Shape): skarm.transport.v1.GetNetworkRequest & skarm.transport.v1.GetNetworkRequest.$Shape;
                static create(properties?: skarm.transport.v1.GetNetworkRequest.$Properties): skarm.transport.v1.GetNetworkRequest;
                static encode(m: skarm.transport.v1.GetNetworkRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.transport.v1.GetNetworkRequest & skarm.transport.v1.GetNetworkRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.transport.v1.GetNetworkRequest;
                static toObject(m: skarm.transport.v1.GetNetworkRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetNetworkRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.transport.v1.GetNetworkRequest.$Properties;
            }

            interface IGetNetworkResponse extends skarm.transport.v1.GetNetworkResponse.$Properties {
            }

            class GetNetworkResponse {
                constructor(p?: skarm.transport.v1.GetNetworkResponse.$Properties);
                $unknowns?: Uint8Array[];
                reachability: string;
                relays: string[];
                relayAddresses: string[];
                relayServer: boolean;
                reservationsServed: number;
                directConnections: number;
                relayedConnections: number;
                quic: boolean;
                static create(properties: skarm.transport.v1.GetNetworkResponse.$Shape): skarm.transport.v1.GetNetworkResponse & skarm.transport.v1.GetNetworkResponse.$Shape;
                static create(properties?: skarm.transport.v1.GetNetworkResponse.$Properties): skarm.transport.v1.GetNetworkResponse;
                static encode(m: skarm.transport.v1.GetNetworkResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.transport.v1.GetNetworkResponse & skarm.transport.v1.GetNetworkResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.transport.v1.GetNetworkResponse;
                static toObject(m: skarm.transport.v1.GetNetworkResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetNetworkResponse {
                interface $Properties {
                    reachability?: (string|null);
                    relays?: (string[]|null);
                    relayAddresses?: (string[]|null);
                    relayServer?: (boolean|null);
                    reservationsServed?: (number|null);
                    directConnections?: (number|null);
                    relayedConnections?: (number|null);
                    quic?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.transport.v1.GetNetworkResponse.$Properties;
            }
        }
    }

    namespace validator {

        namespace v1 {

            interface IValidateRangeRequest extends skarm.validator.v1.ValidateRangeRequest.$Properties {
            }

            class ValidateRangeRequest {
                constructor(p?: skarm.validator.v1.ValidateRangeRequest.$Properties);
                $unknowns?: Uint8Array[];
                repoPath: string;
                bases: string[];
                tips: string[];
                objects: skarm.common.v1.GitObject.$Properties[];
                static create(properties: skarm.validator.v1.ValidateRangeRequest.$Shape): skarm.validator.v1.ValidateRangeRequest & skarm.validator.v1.ValidateRangeRequest.$Shape;
                static create(properties?: skarm.validator.v1.ValidateRangeRequest.$Properties): skarm.validator.v1.ValidateRangeRequest;
                static encode(m: skarm.validator.v1.ValidateRangeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.validator.v1.ValidateRangeRequest & skarm.validator.v1.ValidateRangeRequest.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.validator.v1.ValidateRangeRequest;
                static toObject(m: skarm.validator.v1.ValidateRangeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ValidateRangeRequest {
                interface $Properties {
                    repoPath?: (string|null);
                    bases?: (string[]|null);
                    tips?: (string[]|null);
                    objects?: (skarm.common.v1.GitObject.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.validator.v1.ValidateRangeRequest.$Properties;
            }

            interface IValidateRangeResponse extends skarm.validator.v1.ValidateRangeResponse.$Properties {
            }

            class ValidateRangeResponse {
                constructor(p?: skarm.validator.v1.ValidateRangeResponse.$Properties);
                $unknowns?: Uint8Array[];
                ok: boolean;
                checked: number;
                invalidCommit: string;
                rule: string;
                message: string;
                static create(properties: skarm.validator.v1.ValidateRangeResponse.$Shape): skarm.validator.v1.ValidateRangeResponse & skarm.validator.v1.ValidateRangeResponse.$Shape;
                static create(properties?: skarm.validator.v1.ValidateRangeResponse.$Properties): skarm.validator.v1.ValidateRangeResponse;
                static encode(m: skarm.validator.v1.ValidateRangeResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): skarm.validator.v1.ValidateRangeResponse & skarm.validator.v1.ValidateRangeResponse.$Shape;
                static fromObject(d: { [k: string]: any }): skarm.validator.v1.ValidateRangeResponse;
                static toObject(m: skarm.validator.v1.ValidateRangeResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ValidateRangeResponse {
                interface $Properties {
                    ok?: (boolean|null);
                    checked?: (number|null);
                    invalidCommit?: (string|null);
                    rule?: (string|null);
                    message?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = skarm.validator.v1.ValidateRangeResponse.$Properties;
            }
        }
    }
}
