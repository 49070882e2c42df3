// Common English words that are also the names of small places somewhere ("Police", "Nice",
// "Reading", "Mobile"): taken for places only with support from context.
const WORDS = `
a an the and or but if of in on at by to as is are was were be been being it its this that these those he she they we you i me my our
his her their them us who whom whose which what when where why how all any each every some many most much more less few one two three
can could will would shall should may might must do does did done have has had not no nor so than too very just also only still well
over under above below up down out off again further then once here there same other such own new old said say says see seen come going
made make used use give get got go went long short home never law change star early media research vice man men woman federal per capital
plan along deal born court best race lead paper hard miles post job young council ask side son hit al date strong fully male normal coli
island corona central goes justice send share real hope sort line tool centre center effort freedom north south east west northern southern
eastern western northeast northwest southeast southwest northeastern zone hurricane energy list force die opportunity train arch range front
kill nice haven cut mercury officer village green church rock economy store fell wing success page quarter minor colony ballots limit buy
union poll villages charge college polling hot none wall drew sisters reform independence reading till trail stone driver purchase trip band
begun buffalo price century cool university summit globe mine mad save ray borne celebration worth chamber enterprise sale stock liberal
landing stall bag spring march cast sales walls manage bridge holiday branch sees ed rose crater rice liter maritime penguin glad banks hurt
brand rain god poses salt street ski calcium oral bail song fines mobile eye gap islands pack forks rocks onset bee honey semi pray van beach
cat talent que solo surprise plenty welcome needles box anger cook bottom freshwater vary gang fare era monument pop comfort parole banning
progress assumption commerce marathon earth sector au friendly forest advance burns tire cave natal orange bear tank brilliant king temple
winner penal grave para bar concession mentor cars clemency ward tea trainer forth fiscal postal settle bright silly superior luck pool
farmland ball marks basing fleet planes egg fossil humble rifle staples pace grant loyal halfway volcano dollar naval lucky bore mere imperial
continental parks congress bias reserve bath paramount fate cash bend alpha hooks dire outlook par deposit holder halls root liberty
prosperity hat hills snow police health president minister general mr mrs ms dr sir lord saint st day week month year today monday tuesday
wednesday thursday friday saturday sunday january february april june july august september october november december spokesman police
officials ministry department army navy government state states republic kingdom union national international world global news times post
valley bay lake river mount port fort cape gulf sea strip heights county province district region herald tribune guardian independent mail sun star telegraph express mirror observer daily weekly press agency television radio`;

export const COMMON_WORDS = new Set(WORDS.split(/\s+/).filter(Boolean));
