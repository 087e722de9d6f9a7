/// The message of a `law` finding, in English or Simplified Chinese, naming the customer's region and the statute
/// from the market's law file.
enum LawMessage {
    static func text(_ verdict: LawVerdict, table: LawTable, context: LintContext) -> String {
        let region = context.regionName(context.market.region)
        let zh = context.uiLanguage == .zhHans
        switch verdict {
        case .shortWithdrawal(let stated, let minimum):
            let source = table.withdrawalDays?.source ?? ""
            return zh
                ? "\(region)的消费者网购后享有 \(minimum) 天的法定退货（撤回）期，回复中的 \(stated) 天短于法定期限（\(source)）。"
                : "In \(region) a customer may withdraw from an online purchase for \(minimum) days (\(source)); a \(stated)-day window falls short of that."
        case .lateRefund(let stated, let maximum):
            let source = table.refundDeadlineDays?.source ?? ""
            return zh
                ? "\(region)法律要求在 \(maximum) 天内退款（\(source)），回复中的 \(stated) 天超出了法定期限。"
                : "In \(region) the refund is due within \(maximum) days (\(source)); \(stated) days is longer than the law allows."
        case .shortGuarantee(let stated, let minimum):
            let source = table.guaranteeMonths?.source ?? ""
            return zh
                ? "\(region)对有缺陷商品的法定保修期为 \(minimum) 个月（\(source)），回复中的期限更短；可以另外提供商业保修，但不能缩短法定保修。"
                : "In \(region) the statutory guarantee on faulty goods lasts \(minimum) months (\(source)); a \(stated == 0 ? "shorter" : "\(stated)-month") period may be offered on top of it, never instead."
        case .shortDefectWindow(let stated, let months):
            if let guarantee = table.guaranteeMonths {
                return zh
                    ? "\(region)有缺陷商品的法定保修期为 \(months) 个月（\(guarantee.source)）；\(stated) 天内报告缺陷的期限缩短了这一权利。"
                    : "In \(region) a fault can be claimed under the statutory guarantee for \(months) months (\(guarantee.source)); a \(stated)-day deadline for reporting it cuts that short."
            }
            let source = table.defectPresumptionMonths?.source ?? ""
            return zh
                ? "在\(region)，交货后 \(months) 个月内出现的缺陷推定在交货时已存在（\(source)）；\(stated) 天内报告缺陷的期限缩短了客户的权利。"
                : "In \(region) a fault that shows within \(months) months of delivery is presumed present at delivery (\(source)); a \(stated)-day deadline for reporting it cuts the customer's rights short."
        case .unlawful(let exclusion):
            let source = table.unlawful[exclusion] ?? ""
            let (en, chinese) = what(exclusion, withdrawal: table.withdrawalDays != nil)
            return zh ? "在\(region)，\(chinese)（\(source)）。" : "In \(region) \(en) (\(source))."
        }
    }

    /// What the law says about an exclusion, in English and Simplified Chinese.
    /// `withdrawal`: the market's law gives a withdrawal period (the sale-items exclusion then refuses it).
    static func what(_ exclusion: LawTable.Exclusion, withdrawal: Bool) -> (en: String, zh: String) {
        switch exclusion {
        case .faultyRefused:
            (
                "a faulty item must be repaired, replaced or refunded; a reply can't exclude that",
                "有缺陷的商品必须修理、更换或退款，回复不能排除这一点"
            )
        case .saleItems where withdrawal:
            ("sale items bought online carry the same withdrawal right as any other", "网购的促销商品与其他商品一样享有法定退货权")
        case .saleItems:
            (
                "sale items carry the same guarantees as any other: “no refunds on sale items” misstates the remedy for a fault",
                "促销商品与其他商品一样受法定保障：“特价商品不退不换”歪曲了商品有缺陷时的补救权利"
            )
        case .opened:
            (
                "opening the package to inspect the goods does not end the right to return them (sealed hygiene goods and media excepted)",
                "拆开包装查看商品不会使退货权失效（已拆封的密封卫生用品和音像软件除外）"
            )
        case .storeCreditOnly:
            (
                "a refund is due in money, by the original means of payment, not only as store credit",
                "退款应以原支付方式退还现金，而不能只给店铺积分或代金券"
            )
        case .returnCostFaulty: ("the seller bears the cost of returning a faulty item", "退回有缺陷商品的运费应由商家承担")
        case .returnCostWithdrawal:
            (
                "a customer who withdraws within the statutory period bears no cost, return shipping included",
                "在法定期限内退货的消费者无需承担任何费用，包括退货运费"
            )
        case .initialDeliveryKept: ("the standard delivery charge is refunded with the goods", "标准配送费应随货款一并退还")
        case .warrantyVoid:
            (
                "a warranty can't be made void because the customer opened the item or had it repaired elsewhere",
                "不能因客户拆开商品或在别处维修而使保修失效"
            )
        case .manufacturerRedirect:
            (
                "the seller answers for a faulty item; the customer can't be sent to the manufacturer instead",
                "商品有缺陷时由卖家负责，不能让客户自行去找厂家"
            )
        case .feeOnWithdrawal: ("a withdrawal may not be charged a restocking or handling fee", "行使法定退货权不得收取手续费或重新上架费")
        case .withdrawalRefused:
            (
                "a customer may return an online purchase without giving a reason within the statutory period; a reply can't refuse that",
                "消费者在法定期限内可无理由退回网购商品，回复不能拒绝"
            )
        case .carrierRedirect:
            (
                "goods travel at the seller's risk until the customer receives them: damage in transit is the seller's to put right, not the customer's to claim from the carrier",
                "商品在客户收到之前的运输风险由卖家承担：运输途中的损坏应由卖家处理，不能让客户自行向承运商索赔"
            )
        case .giftCardExpiry:
            (
                "a gift card may not carry an expiry date: its balance stays the customer's to spend",
                "礼品卡不得设置有效期：卡内余额始终归客户使用"
            )
        case .warrantyExpired:
            (
                "the statutory rights for a faulty item last as long as the law says, not as long as the warranty; one that has run out doesn't end them",
                "有缺陷商品的法定权利按法律规定的期限计算，而不是按保修期；保修期已过并不意味着这些权利失效"
            )
        case .lateCancellationRefused:
            (
                "a customer whose order is late may cancel it and get the money back; a reply can't refuse that",
                "订单延迟发货或送达时，客户有权取消订单并获得退款，回复不能拒绝"
            )
        }
    }
}
