import TactfulConvert

extension ConvertError: InputProblem {}
