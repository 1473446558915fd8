import { describe, expect, it } from 'vitest';
import { detectVendors } from '../fingerprints';
import { explainRecord } from '../registry/explain';
import { explanationFor, vendorsFor } from './derived-info';

describe('what is stored of the detector’s and the registry’s answers', () => {
  it('keeps a vendor’s sign that it made the response itself, and who made it', () => {
    const vendors = vendorsFor({ detectVendors }, [{ name: 'X-Squid-Error', value: 'ERR_READ_TIMEOUT 0' }]);
    expect(vendors?.[0]?.ownAnswer).toEqual({ cause: 'timeout', proof: 'x-squid-error: ERR_READ_TIMEOUT 0' });
    const explanation = explanationFor({ explain: explainRecord }, { statusCode: 504, vendors: vendors ?? [] });
    expect(explanation?.madeBy).toMatchObject({ id: 'squid', name: 'Squid', cause: 'timeout' });
  });

  it('drops what is not ours: an unknown cause, a maker without a name', () => {
    const odd = () => [{ id: 'squid', name: 'Squid', ownAnswer: { cause: 'gremlins', proof: 'x: y' } }];
    expect(vendorsFor({ detectVendors: odd }, [{ name: 'a', value: 'b' }])?.[0]?.ownAnswer).toEqual({ proof: 'x: y' });
    // Someone else's code may return anything: the type says otherwise, the runtime check must not trust it.
    const explain = () => ({ code: '502', phrase: 'Bad Gateway', madeBy: { id: 'x', cause: 'timeout' } }) as unknown as ReturnType<typeof explainRecord>;
    expect(explanationFor({ explain }, { statusCode: 502 })?.madeBy).toBeUndefined();
  });
});
