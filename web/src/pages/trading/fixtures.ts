import type { PublishedDraw } from './draw'
import type { RecordEntry } from './record'

/**
 * Published fields of the demo data's draws and of a demo project's record, as the C# code (services/Bidding:
 * DrawAlgorithm, ProjectRecord via DemoBidding) produced them on a standalone host (GET /api/bidding/draws,
 * GET /api/bidding/projects/{id}/record), copied here so the browser's recomputation is checked against the C# one.
 */
export const csharpDraws: PublishedDraw[] = [
  {
    "drawId": "01a17afa-81c0-70c7-b676-a58f0b30acde",
    "commitment": "254a95cbe998b3baedbc7eb8ad750db56a248c3fe687ba794c753052ccf0d14b",
    "secret": "135808e321fb81081868b61082d8ff4a788bddc46b2d75b0251d504bf2ea0832",
    "candidates": [
      "E0101",
      "E0102",
      "E0103",
      "E0104",
      "E0105",
      "E0106",
      "E0107",
      "E0108"
    ],
    "count": 5,
    "selected": [
      "E0104",
      "E0106",
      "E0108",
      "E0102",
      "E0101"
    ]
  },
  {
    "drawId": "01a16b6b-f680-72ff-97d6-341915a2533e",
    "commitment": "2d2d9a294e69cfe1dae79ebb9f1573740c2bc89aabaeddc4d838dad63c2525d5",
    "secret": "6593cb84a7e333d833c12917d16e2cdc23ca64045965fbe2c9dcfbcfb71df8c0",
    "candidates": [
      "天府园林绿化有限公司",
      "示范建工集团有限公司",
      "蜀南路桥建设有限公司",
      "锦城市政工程有限公司"
    ],
    "count": 1,
    "selected": [
      "示范建工集团有限公司"
    ]
  }
]

export const csharpRecord: RecordEntry[] = [
  {
    "seq": 1,
    "at": "2026-10-23T09:00:00.000+08:00",
    "kind": "announcement",
    "payload": "{\"name\":\"\\u793A\\u8303\\u5E02\\u57CE\\u533A\\u9053\\u8DEF\\u6807\\u7EBF\\u7EF4\\u62A4\\u670D\\u52A1\",\"procedure\":\"fixed-price\",\"category\":\"services\",\"budget\":680000,\"buyerName\":\"\\u793A\\u8303\\u5E02\\u4EA4\\u901A\\u8FD0\\u8F93\\u5C40\",\"buyerCreditCode\":\"11510181MB0C34560U\",\"evaluationMethod\":\"lowest-price\",\"priceWeight\":null,\"bidDeadline\":\"2026-11-02T09:30:00+08:00\",\"documents\":[]}",
    "prevHash": "0000000000000000000000000000000000000000000000000000000000000000",
    "hash": "87072f7c69a9081b6b366892190e5ce1eb39fe7e085d33ec9133e8e45fdd0dc2"
  },
  {
    "seq": 2,
    "at": "2026-11-02T10:30:00.000+08:00",
    "kind": "award",
    "payload": "{\"drawId\":\"01a16b6b-f680-72ff-97d6-341915a2533e\",\"firm\":\"\\u793A\\u8303\\u5EFA\\u5DE5\\u96C6\\u56E2\\u6709\\u9650\\u516C\\u53F8\",\"price\":680000}",
    "prevHash": "87072f7c69a9081b6b366892190e5ce1eb39fe7e085d33ec9133e8e45fdd0dc2",
    "hash": "45812cb487aa351546cba902cc35e9a6211aceac1e6a8e38b55168b1bbc2b1c9"
  }
]
