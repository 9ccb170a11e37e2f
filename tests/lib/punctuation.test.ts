import { describe, expect, it } from "vitest";
import { fullWidth } from "@/lib/content/punctuation";
describe("fullWidth", () => {
  it("gives Chinese text full-width punctuation and leaves numbers, URLs and English alone", () => {
    const cases: [string, string][] = [
      ["2010年的那个零点,支付宝离宕机只差几秒。", "2010年的那个零点，支付宝离宕机只差几秒。"],
      ["这笔钱究竟买来了什么?", "这笔钱究竟买来了什么？"],
      ['原文还给出了一个速度:<Fact id="a:b"/>。', '原文还给出了一个速度：<Fact id="a:b"/>。'],
      ["淘宝商城(也就是后来的天猫)一家", "淘宝商城（也就是后来的天猫）一家"],
      ["英伟达GPU, 训练", "英伟达GPU，训练"],
      ["共1,000台, 18:00开始", "共1,000台，18:00开始"],
      ["见[澎湃新闻](https://x.cn/?a=1,2)。", "见[澎湃新闻](https://x.cn/?a=1,2)。"],
      ["Dell'Oro (戴罗集团)预测", "Dell'Oro（戴罗集团）预测"],
      ["{a},{b}", "{a}，{b}"],
      ["20%,而且", "20%，而且"],
      ["澎湃新闻 (The Paper)", "澎湃新闻 (The Paper)"],
      ["中国互联网络信息中心(CNNIC)的统计", "中国互联网络信息中心（CNNIC）的统计"],
      ["时间:18:00", "时间：18:00"],
      ["双11,{first}–{last}年", "双11，{first}–{last}年"],
      // A mark in a run of Latin and digits inside a Chinese sentence is Chinese too.
      ["每个8块A100;FP16约1.8 EFLOPS", "每个8块A100；FP16约1.8 EFLOPS"],
      ['1万块GPU<Fact id="a:b"/>;2022年', '1万块GPU<Fact id="a:b"/>；2022年'],
      ["始于GPU,EPYC实例", "始于GPU，EPYC实例"],
      ["AWS在re:Invent上", "AWS在re:Invent上"],
      ["见https://x.cn/?a=1,b中文", "见https://x.cn/?a=1,b中文"],
    ];
    for (const [a, b] of cases) expect(fullWidth(a)).toBe(b);
  });
});
