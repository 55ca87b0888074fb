/**
 * Seeded APIs. demo-cx-platform points at the mock's own CX platform, so the
 * routing demo runs fully offline; its bearer looks like a real secret so the
 * masking is visible. The others sit on hosts the mock will not call.
 */
import type { ApiRecord } from '../store/state'

export const DEMO_CX_SECRET = 'cxp_live_9f3b6c2e41d84a7fb0e5d1c8a2f7e6b3'
export const DEMO_CRM_SECRET = 'crm_sk_4c1d8e2f9a7b6c5d3e1f0a9b8c7d6e5f'

export function seedApis(publicUrl: string): ApiRecord[] {
  return [
    {
      id: 1,
      code: 'demo-cx-platform',
      url: `${publicUrl}/mock/cx-platform`,
      headers: JSON.stringify({ Authorization: `Bearer ${DEMO_CX_SECRET}`, 'X-Account': 'demo' }),
    },
    {
      id: 2,
      code: 'demo-crm',
      url: 'https://crm.example.com/api/v2',
      headers: JSON.stringify({ 'X-Api-Key': DEMO_CRM_SECRET }),
    },
    { id: 3, code: 'demo-order-service', url: 'https://orders.example.com/v1', headers: '{}' },
  ]
}
