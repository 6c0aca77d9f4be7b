// The NAT lab's firewall and the small programs `reach` runs in namespaces.
import { UnavailableError } from '@skarm/errors'
import { exec } from './exec.ts'

/** The iptables commands tried, in order: Debian's default (`iptables`, nft backend), then each backend by name. */
export const IPTABLES_COMMANDS = ['iptables', 'iptables-legacy', 'iptables-nft'] as const

/**
 * The first iptables command on PATH (its `-V` answers: this reads no table, so the host's
 * rules are never touched). Throws `SIM_NO_IPTABLES` when there is none.
 */
export async function resolveIptables (): Promise<string> {
  for (const bin of IPTABLES_COMMANDS) {
    if ((await exec(bin, ['-V'])).code === 0) return bin
  }
  throw new UnavailableError('SIM_NO_IPTABLES', 'the NAT lab needs the `iptables` command on PATH (Debian package iptables; tools/setup.sh installs it as root)')
}

/**
 * The rules of a home router whose public leg is `wan` and home leg `lan`, each an iptables
 * argument list (run inside the router's namespace). Masquerade what leaves by `wan`; from
 * `wan`, let in only what belongs to a connection (or UDP flow) opened from inside: a new
 * connection from outside is dropped, whether it aims through the router or at the router
 * itself; so are packets conntrack calls invalid (the FORWARD policy).
 */
export function natRules (wan: string, lan: string): string[][] {
  return [
    ['-t', 'nat', '-A', 'POSTROUTING', '-o', wan, '-j', 'MASQUERADE'],
    ['-P', 'FORWARD', 'DROP'],
    ['-A', 'FORWARD', '-i', wan, '-m', 'conntrack', '--ctstate', 'ESTABLISHED,RELATED', '-j', 'ACCEPT'],
    ['-A', 'FORWARD', '-i', wan, '-m', 'conntrack', '--ctstate', 'NEW', '-j', 'DROP'],
    ['-A', 'FORWARD', '-i', lan, '-o', wan, '-j', 'ACCEPT'],
    ['-A', 'INPUT', '-i', wan, '-m', 'conntrack', '--ctstate', 'NEW', '-j', 'DROP']
  ]
}

/**
 * The rules that forward `port` (TCP or UDP) arriving on the router's `wan` leg to the same
 * port of `host` on its home network: what a user sets up in a home router's "port
 * forwarding" page. Inserted before the rules that drop new connections from outside.
 */
export function forwardRules (wan: string, lan: string, host: string, port: number, protocol: 'tcp' | 'udp'): string[][] {
  return [
    ['-t', 'nat', '-A', 'PREROUTING', '-i', wan, '-p', protocol, '--dport', String(port), '-j', 'DNAT', '--to-destination', `${host}:${port}`],
    ['-I', 'FORWARD', '1', '-i', wan, '-o', lan, '-p', protocol, '-d', host, '--dport', String(port), '-j', 'ACCEPT']
  ]
}

/**
 * `node -e REACH_SERVER <tcp|udp> <port> <lifetimeMs>`: listens on 0.0.0.0:<port>, prints the
 * port, answers `pong` to every connection or datagram and prints `from <ip>:<port>` for each.
 */
export const REACH_SERVER = `
const [proto, port, life] = process.argv.slice(1)
setTimeout(() => process.exit(0), Number(life))
if (proto === 'udp') {
  const s = require('dgram').createSocket('udp4')
  s.on('message', (m, r) => { console.log('from ' + r.address + ':' + r.port); s.send('pong', r.port, r.address) })
  s.bind(Number(port), '0.0.0.0', () => console.log(s.address().port))
} else {
  const s = require('net').createServer((c) => { console.log('from ' + c.remoteAddress + ':' + c.remotePort); c.on('error', () => {}); c.end('pong') })
  s.listen(Number(port), '0.0.0.0', () => console.log(s.address().port))
}
`

/**
 * `node -e REACH_CLIENT <tcp|udp> <address> <port> <timeoutMs>`: exit 0 when `pong` came back
 * within the timeout (UDP: a datagram every 200 ms until then), 1 otherwise.
 */
export const REACH_CLIENT = `
const [proto, address, port, timeout] = process.argv.slice(1)
setTimeout(() => process.exit(1), Number(timeout))
if (proto === 'udp') {
  const s = require('dgram').createSocket('udp4')
  s.on('message', (m) => process.exit(String(m) === 'pong' ? 0 : 1))
  s.on('error', () => {})
  const ping = () => s.send('ping', Number(port), address, () => {})
  ping(); setInterval(ping, 200)
} else {
  const c = require('net').connect(Number(port), address)
  let d = ''
  c.on('data', (x) => { d += x })
  c.on('end', () => process.exit(d === 'pong' ? 0 : 1))
  c.on('error', () => process.exit(1))
}
`
