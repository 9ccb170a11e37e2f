import { describe, expect, it } from "vitest";
import { makeHantConverter, toHant, toHantDeep } from "@/lib/content/hant";

describe("Simplified → Traditional (Taiwan) with overrides", () => {
  it("converts characters and Taiwan phrases with OpenCC", () => {
    expect(toHant("服务器、内存、芯片、数据、网络")).toBe("伺服器、記憶體、晶片、資料、網路");
    expect(toHant("阿里云 神龙架构 虚拟化损耗")).toBe("阿里雲 神龍架構 虛擬化損耗");
  });

  it("applies the glossary overrides where Taiwan usage differs from OpenCC", () => {
    expect(toHant("云计算")).toBe("雲端運算");
    expect(toHant("云基础设施处理器 CIPU")).toBe("雲端基礎設施處理器 CIPU");
    expect(toHant("后羿项目")).toBe("后羿專案");
  });

  it("prefers the longest override", () => {
    const convert = makeHantConverter({ 移动: "行動", 移动互联网: "行動網際網路" });
    expect(convert("移动互联网时代")).toBe("行動網際網路時代");
  });

  it("leaves ASCII, MDX tags and ids alone", () => {
    expect(toHant('<Fact id="double11-gmv:2012" /> 云上')).toBe('<Fact id="double11-gmv:2012" /> 雲上');
  });

  it("is idempotent: converting Traditional output again changes nothing", () => {
    const once = toHant("2012年双11,191亿元的成交额中有两成订单跑在云上。");
    expect(toHant(once)).toBe(once);
  });

  it("converts every string in a dictionary", () => {
    expect(toHantDeep({ a: "数据", b: ["网络", 3] })).toEqual({ a: "資料", b: ["網路", 3] });
  });
});

describe("unit templates", () => {
  it("keep their Traditional form in step with OpenCC and the overrides", async () => {
    const { units } = await import("@/lib/data/units");
    for (const [id, unit] of Object.entries(units)) {
      const hant = "zhHant" in unit ? unit.zhHant : unit.zh;
      expect(hant, id).toBe(toHant(unit.zh));
    }
  });
});
