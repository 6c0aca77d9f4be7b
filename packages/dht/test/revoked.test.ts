import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import pino from 'pino'
import { generateKeyPair, idFromPublicKey } from '@skarm/identity'
import { createAccountRecord, readRevokedDevices, revokedDevicesOf, startDhtService, type AccountRecord, type DhtNode } from '../src/index.ts'

const logger = pino({ level: 'silent' })
const hex = (c: string): string => c.repeat(40)

describe('revoked devices of the account', () => {
  it('are read from the account state, nothing else counts', async () => {
    const state = {
      clock: 4,
      entries: {
        [`device/${hex('1')}`]: { v: { cert: 'c' }, c: 1, d: hex('1') },
        [`device/${hex('2')}`]: { v: { cert: 'c', revoked: true }, c: 2, d: hex('1') },
        [`device/${hex('3')}`]: { v: null, c: 3, d: hex('1') },
        'conv/x': { v: { revoked: true }, c: 4, d: hex('1') }
      }
    }
    expect([...revokedDevicesOf(state)]).toEqual([hex('2')])
    expect(revokedDevicesOf(null).size).toBe(0)
    const dir = await mkdtemp(join(tmpdir(), 'dht-revoked-'))
    try {
      expect((await readRevokedDevices(dir)).size).toBe(0)
      await mkdir(join(dir, 'account'))
      await writeFile(join(dir, 'account', 'state.json'), JSON.stringify(state))
      expect([...await readRevokedDevices(dir)]).toEqual([hex('2')])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('are left out of the account record published and of the answer for our own account', async () => {
    const account = generateKeyPair()
    const uri = idFromPublicKey(account.publicKey)
    const device = generateKeyPair()
    const deviceId = idFromPublicKey(device.publicKey)
    const revoked = hex('2')
    // the DHT holds a record (put by the revoked device itself) that lists it
    const records: AccountRecord[] = [createAccountRecord(account, { devices: [{ id: revoked, t: Date.now() }, { id: hex('3'), t: Date.now() }], seq: 1 })]
    const node = {
      putDeviceRecord: async () => {},
      putAccountRecord: async (r: AccountRecord) => { records.unshift(r) },
      getAccountRecords: async () => [...records],
      routingTableSize: () => 1
    } as unknown as DhtNode
    const stateDir = await mkdtemp(join(tmpdir(), 'dht-service-'))
    const service = await startDhtService({
      node,
      device: { deviceId, ...device },
      account: { uri, ...account },
      transportAddresses: async () => [],
      onEntry: () => {},
      onPush: () => {},
      stateDir,
      logger,
      startNow: false,
      revokedDevices: async () => new Set([revoked])
    })
    try {
      await service.publishRecords()
      expect(records[0]!.devices.map((d) => d.id).sort()).toEqual([deviceId, hex('3')].sort())
      expect((await service.findAccountDevices(uri))?.deviceIds.sort()).toEqual([deviceId, hex('3')].sort())
    } finally {
      await service.stop()
      await rm(stateDir, { recursive: true, force: true })
    }
  })
})
