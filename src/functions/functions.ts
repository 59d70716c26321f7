/**
 * The custom-functions entry. It must load with only `CustomFunctions` and `Office` defined:
 * no DOM, no React. Each file in `./models` declares its wrappers with JSDoc; the
 * custom-functions-metadata plugin writes `functions.json` from them and appends the
 * `CustomFunctions.associate` calls.
 */
import "./models/selection";
import "./models/weighting";
import "./models/classification";
import "./models/whitney";
import "./models/costToServe";
import "./models/whale";
import "./models/kraljic";
import "./models/portfolio";
import "./models/loyalty";
import "./models/reichheld";
import "./models/buyingcentre";
import "./models/organisation";
import "./models/rank";
