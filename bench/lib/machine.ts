/** The machine the figures come from: they mean little without it. */
import { cpus, freemem, loadavg, platform, release, totalmem } from 'node:os'

export interface MachineInfo {
  cores: number
  cpuModel: string
  memoryGiB: number
  freeMemoryGiB: number
  /** 1-minute load average when the bench started and ended: other work on the machine skews every figure. */
  loadAverage1m: number
  loadAverage1mEnd?: number
  os: string
  node: string
  chromium: string
}

export function machineInfo(chromiumVersion: string): MachineInfo {
  const cpu = cpus()
  return {
    cores: cpu.length,
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeMemoryGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
    loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
  }
}
