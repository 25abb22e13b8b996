"""Invented probes for issue 10's seven speaker and cue causes (session 23, probe42): each a short invented news text
with the quotes, speakers, cues and sources a reader expects; prints how many per cause the kit gets right.

    PYTHONPATH=. python bench/probes_issue10.py [-v]

All text is invented. Expectations follow tests/data/real/GUIDELINES.md and the kit's documented readings (a speech
verb inside a quotation is not marked, as PolNeAR never marks one). Source names are compared as bench/evaluate.py
compares them."""
import collections
import sys

H = "Town faces a hard winter\n\n"
P = []
def p(cause, text, quotes=None, cues=(), no_cues=(), no_src=(), sources=(), no_sources=()):
    P.append(dict(cause=cause, text=H + text, quotes=quotes, cues=list(cues), no_cues=list(no_cues),
                  no_src=list(no_src), sources=list(sources), no_sources=list(no_sources)))

# ---- cause 1: Name, role at Organisation, verb
p(1, "Analyst Pia Renner said sales were flat.\n\n“The cloud changes what a console is,” Mara Quint, head of research at Lumen Games, tells the Ledger. “We are ready for it.”",
  quotes=[("The cloud", "Mara Quint"), ("We are ready", "Mara Quint")], cues=[("tells", "Mara Quint")])
p(1, "Analyst Pia Renner said sales were flat.\n\n“We will not chase that market,” Dov Halberg, chief executive of Tarn Media, added.",
  quotes=[("We will not", "Dov Halberg")], cues=[("added", "Dov Halberg")])
p(1, "Shares in Kessel Bank fell by a fifth under Lars Moe.\n\n‘It is a difficult year,’ Ola Brandvik, the finance director of Kessel Bank, told reporters.",
  quotes=[("It is a difficult", "Ola Brandvik")], cues=[("told", "Ola Brandvik")])
p(1, "Governor Ana Lima cut the tax in March.\n\n\"Prices will fall,\" said Tomas Reyes, an economist at the Harlow Institute, on Tuesday.",
  quotes=[("Prices will fall", "Tomas Reyes")], cues=[("said", "Tomas Reyes")])
p(1, "The ministry met farmers on Monday.\n\nRuth Okafor — a spokeswoman for the ministry — said: “No decision has been taken.”",
  quotes=[("No decision", "Ruth Okafor")], cues=[("said", "Ruth Okafor")])
p(1, "Power cuts hit the north.\n\nKenji Sato, vice-president for policy at Brightwater Energy, says the grid \"cannot cope\" with demand.",
  quotes=[("cannot cope", "Kenji Sato")], cues=[("says", "Kenji Sato")])
p(1, "The board met on Friday.\n\n“This is about trust,” says Liam Doyle, who chairs the board of Ferry Holdings and replaced Maria Voss last year.",
  quotes=[("This is about", "Liam Doyle")], cues=[("says", "Liam Doyle")])
p(1, "Talks broke down on Sunday.\n\nNadia Petrov, a senior fellow at the Corran Centre and a former adviser to Prime Minister Hal Berger, said: “The talks have failed.”",
  quotes=[("The talks have", "Nadia Petrov")], cues=[("said", "Nadia Petrov")])
p(1, "Rival firm Opal Labs, led by Jon Berg, also bid.\n\n“We offered more,” Iris Kemp, managing director of Halden Capital, wrote in a letter to staff.",
  quotes=[("We offered more", "Iris Kemp")], cues=[("wrote", "Iris Kemp")])

# ---- cause 2: continuation, "he said." then quote, partial quotes in indirect speech
p(2, "“We had no warning,” said Elena Marsh, a farmer near Dunmore.\n\n“The water came in at night and took everything.”\n\nNeighbours helped her move.",
  quotes=[("We had no warning", "Elena Marsh"), ("The water came", "Elena Marsh")])
p(2, "Mayor Ben Adair was defiant on Monday.\n\n“The plan is dead,” he said. “We will start again next year.”",
  quotes=[("The plan is dead", "Ben Adair"), ("We will start", "Ben Adair")], cues=[("said", "Ben Adair")])
p(2, "Senator Ingrid Lund voted against the bill.\n\nLund told reporters that the decision was “a betrayal of voters.”",
  quotes=[("a betrayal", "Ingrid Lund")], cues=[("told", "Ingrid Lund")])
p(2, "Ivan Petrov, the club's coach, said: ‘We worked hard all season.’\n\n‘Nobody expected this, least of all the fans.’",
  quotes=[("We worked hard", "Ivan Petrov"), ("Nobody expected", "Ivan Petrov")])
p(2, "Rosa Delgado, the health minister, said on Friday that the scheme had worked. \"We will expand it next year.\"",
  quotes=[("We will expand", "Rosa Delgado")], cues=[("said", "Rosa Delgado")])
p(2, "Chief executive Owen Hale spoke to staff.\n\nHale said the company would “look again at every contract” and that staff were “not to blame.”",
  quotes=[("look again", "Owen Hale"), ("not to blame", "Owen Hale")], cues=[("said", "Owen Hale")])
p(2, "In an interview, Prime Minister Lena Vos told the Courier that her government was “not for turning” on the budget.",
  quotes=[("not for turning", "Lena Vos")], cues=[("told", "Lena Vos")])
p(2, "\"We had to act,\" said Dr Amir Khan, the hospital's medical director.\n\n\"There was no other choice. The wards were full.\"\n\nNurses said they were exhausted.",
  quotes=[("We had to act", "Amir Khan"), ("There was no other", "Amir Khan")], cues=[("said", "Nurses")])
p(2, "The inquiry heard from Clare Dunne on Wednesday. She said.\n\nDunne said she had warned the board. “Nobody listened to me,” she added.",
  quotes=[("Nobody listened", "Clare Dunne")], cues=[("added", "Clare Dunne")])

# ---- cause 3: organisations and unnamed groups as speakers
p(3, "The number of postal votes rose sharply, the Boundary Commission said on Monday.",
  cues=[("said", "Boundary Commission")])
p(3, "Farmers are angry.\n\n“We are reviewing the case,” a spokeswoman for the ministry said.",
  quotes=[("We are reviewing", "a spokeswoman for the ministry")], cues=[("said", "a spokeswoman for the ministry")])
p(3, "The summit ended early.\n\nThe leading French weekly wrote that the deal was doomed.",
  cues=[("wrote", "The leading French weekly")])
p(3, "The bridge collapsed in May.\n\n“The cause was a faulty cable,” the inspector wrote in her report.",
  quotes=[("The cause was", "the inspector")], cues=[("wrote", "the inspector")])
p(3, "A fire swept through the valley.\n\nRescue teams said two people were still missing.",
  cues=[("said", "Rescue teams")])
p(3, "Storms closed the airport.\n\nA Northwind Airlines spokesman said flights would resume on Friday.",
  cues=[("said", "A Northwind Airlines spokesman")])
p(3, "Workers voted to strike.\n\n“We will appeal,” the union said in a statement.",
  quotes=[("We will appeal", "the union")], cues=[("said", "the union")])
p(3, "A car hit a wall.\n\nPolice in Harlow said a man had been arrested.",
  cues=[("said", "Police in Harlow")])
p(3, "The charity's books were checked.\n\n'The accounts are sound,' the auditors wrote.",
  quotes=[("The accounts", "the auditors")], cues=[("wrote", "the auditors")])

# ---- cause 4: pronouns must resolve to people
p(4, "Dan Morrow, the Labour MP for Kestrel Bay, spoke in the debate. He said the hospital must stay open.",
  cues=[("said", "Dan Morrow")], no_src=["Kestrel Bay"])
p(4, "Maria Lopes moved to Lisbon in 2019. She said the city had changed her life.",
  cues=[("said", "Maria Lopes")], no_src=["Lisbon"])
p(4, "Finn Adler left Redbridge United in May. He said the club had treated him badly.",
  cues=[("said", "Finn Adler")], no_src=["Redbridge United"])
p(4, "Senator Joan Pike of Ohio criticised the bill. She told reporters it was \"a disgrace.\"",
  quotes=[("a disgrace", "Joan Pike")], cues=[("told", "Joan Pike")], no_src=["Ohio"])
p(4, "The mayor of Dunmore, Paul Reid, visited Carlow on Tuesday. “We must work together,” he said.",
  quotes=[("We must work", "Paul Reid")], cues=[("said", "Paul Reid")], no_src=["Carlow"])
p(4, "Asha Rahman, who grew up in Bradford, now runs a bakery in Leeds.\n\n‘It was hard at first,’ she said.",
  quotes=[("It was hard", "Asha Rahman")], cues=[("said", "Asha Rahman")], no_src=["Leeds"])
p(4, "Tom Ilves has been chairman since 2010 and sold shares in Vardar FC last year.\n\n\"We are not selling the ground,\" he said.",
  quotes=[("We are not selling", "Tom Ilves")], cues=[("said", "Tom Ilves")], no_src=["Vardar FC"])
p(4, "The deal was signed in Geneva by Ana Ruiz, Spain's trade minister. She said it would create jobs.",
  cues=[("said", "Ana Ruiz")], no_src=["Geneva", "Spain"])
p(4, "Kofi Mensah, the member for East Harlow, grew up in Accra. He told the house that rents were too high.",
  cues=[("told", "Kofi Mensah")], no_src=["East Harlow", "Accra"])

# ---- cause 5: typography
p(5, "“The fight is not over,’’ said Governor Mae Collins. Her opponents disagreed and called the vote a farce.",
  quotes=[("The fight is not over", "Mae Collins")])
p(5, "“ We are not leaving,” said resident Carl Owens. Officials said the site would close.",
  quotes=[("We are not leaving", "Carl Owens")], cues=[("said", "Officials")])
p(5, "“We will rebuild the school, said head teacher Jo Price.\n\nParents said they were relieved.",
  quotes=None, cues=[("said", "Parents")])
p(5, "''It was a mistake,'' said Rep. Hal Moore. Voters did not agree with him.",
  quotes=[("It was a mistake", "Hal Moore")])
p(5, "‘‘We were lucky,’’ said Ina Berg, a survivor. The boat sank within minutes.",
  quotes=[("We were lucky", "Ina Berg")])
p(5, "The sign on the door read “Closed for repairs.\n\n“We hope to reopen in May,” said owner Lee Grant.",
  quotes=[("We hope to reopen", "Lee Grant")], cues=[("said", "Lee Grant")])
p(5, "\" The market is calm,\" said analyst Rui Costa. Traders were less sure.",
  quotes=[("The market is calm", "Rui Costa")])
p(5, "‘The children’s safety comes first,’ said Jane Hollis, the school’s head. ‘We won’t take risks.’",
  quotes=[("The children’s safety", "Jane Hollis"), ("We won’t take", "Jane Hollis")])
p(5, "“Enough is enough,’’ Judge Rita Okoro told the court. The defendant was jailed for six years.",
  quotes=[("Enough is enough", "Rita Okoro")], cues=[("told", "Rita Okoro")])

# ---- cause 6: names and terms in quotation marks
p(6, "The campaign, dubbed “VoteSmart”, was launched by Mayor Eve Laine on Monday.", quotes=[])
p(6, "The scheme is part of the “sharing economy”, economist Paul Ng said.", quotes=[], cues=[("said", "Paul Ng")])
p(6, "The era of ‘Brexit fatigue’ is over, the report said.", quotes=[])
p(6, "The app, known as \"SafeRoute,\" was built by students at Harlow College, principal Amy Ross said.", quotes=[], cues=[("said", "Amy Ross")])
p(6, "Newspapers called it “Lenamania” after her rally in Leeds. Lena Holt said she was surprised.", quotes=[], cues=[("said", "Lena Holt")])
p(6, "So-called “zero-hours” contracts will be banned, the minister said.", quotes=[])
p(6, "Its newsletter, ‘The Daily Brief’, has 40,000 readers, editor Rob Kane said.", quotes=[], cues=[("said", "Rob Kane")])
p(6, "The group “Mothers for Safe Streets” marched on Saturday, police said.", quotes=[], cues=[("said", "police")])
p(6, "The fact-checking service “TruthLens” rated the claim false, its founder Ada Merz said.", quotes=[], cues=[("said", "Ada Merz")])

# ---- cause 7: cue nouns/phrases, belief/intention verbs, cues inside quotes, several cues
p(7, "Water is short.\n\nIn a statement, the Tarn Water Board said supplies were safe.",
  cues=[("said", "Tarn Water Board")])
p(7, "Wages are flat.\n\nThe claim by Sara Ford that wages had doubled was false.",
  cues=[("claim", "Sara Ford")])
p(7, "Homes are scarce.\n\nRents rose 9% last year, according to data from the Office for Housing.",
  cues=[("according to", "Office for Housing")])
p(7, "Markets fell.\n\nChief executive Sam Orr believes the market will recover by spring.",
  cues=[("believes", "Sam Orr")])
p(7, "The airport is busy.\n\nMayor Ana Diaz wants the tram extended to the airport by 2030.",
  cues=[("wants", "Ana Diaz")])
p(7, "The season ends in May.\n\nCoach Mark Tull hopes his side can avoid relegation.",
  cues=[("hopes", "Mark Tull")])
p(7, "Inflation slowed.\n\nEconomist Lea Brandt expects the bank to cut rates in June.",
  cues=[("expects", "Lea Brandt")])
p(7, "The vote was close.\n\n“I told them we would win and they laughed,” said Reza Amini.",
  quotes=[("I told them", "Reza Amini")], cues=[("said", "Reza Amini")])  # kit reading: speech verbs inside quotes unmarked (PolNeAR dev 0/63 gold)
p(7, "The bridge is old.\n\nGovernor Ray Hess promised a new bridge, but critics claim the cost will double.",
  cues=[("promised", "Ray Hess"), ("claim", "critics")])
p(7, "The mill closed.\n\nIn an interview with the Gazette, owner Nina Falk said she had no choice.",
  cues=[("said", "Nina Falk")])

# ======== batch 2: harder shapes ========
# cause 1
p(1, "The regulator fined the bank last week.\n\n“We have learned our lesson,” Priya Nair, the head of compliance at Orton Bank, told the Courier on Thursday, adding that Ken Hale had left.",
  quotes=[("We have learned", "Priya Nair")], cues=[("told", "Priya Nair")])
p(1, "Sales slipped at Brightline.\n\n'We are not worried,' says Gus Ferro, chief operating officer of Brightline, whose founder Eli Ward stepped down in June.",
  quotes=[("We are not worried", "Gus Ferro")], cues=[("says", "Gus Ferro")])
p(1, "Doctors are leaving the region.\n\n“The shortage is real — and growing,” warned Dr Lena Fischer, head of the Tarn Medical Association.",
  quotes=[("The shortage is real", "Lena Fischer")], cues=[("warned", "Lena Fischer")])
p(1, "The strike entered its third day.\n\nMarco Bellini, general secretary of the Transport Workers Union, which represents 40,000 drivers, told members: “We stand firm.”",
  quotes=[("We stand firm", "Marco Bellini")], cues=[("told", "Marco Bellini")])
p(1, "Analysts at Fenwick expect a rate cut.\n\n“It is too early to tell,” said Hana Kimura, chief economist at Sakura Capital in Tokyo.",
  quotes=[("It is too early", "Hana Kimura")], cues=[("said", "Hana Kimura")])
p(1, "The festival returns in July.\n\n‘We sold out in a day,’ Olu Adeyemi, the festival’s director, told the BBC.",
  quotes=[("We sold out", "Olu Adeyemi")], cues=[("told", "Olu Adeyemi")])
# cause 2
p(2, "Councillor Rhys Evans opposed the plan.\n\n\"This will ruin the high street,\" he said.\n\n\"Shops are already closing. We cannot afford another blow.\"",
  quotes=[("This will ruin", "Rhys Evans"), ("Shops are already", "Rhys Evans")])
p(2, "Grace Obi, a nurse for 20 years, described the night.\n\n‘We had patients on trolleys in every corridor.\n\n‘Nobody slept.’",
  quotes=[("We had patients", "Grace Obi"), ("Nobody slept", "Grace Obi")])
p(2, "Minister Karl Jansen said the economy was “turning a corner” and that families would “feel the difference” by spring.",
  quotes=[("turning a corner", "Karl Jansen"), ("feel the difference", "Karl Jansen")], cues=[("said", "Karl Jansen")])
p(2, "The coach, Ruth Mbeki, was asked about her future. She said she was “going nowhere.” “I love this club,” she added.",
  quotes=[("going nowhere", "Ruth Mbeki"), ("I love this club", "Ruth Mbeki")], cues=[("added", "Ruth Mbeki")])
p(2, "Judge Amelia Stone said. \"The defendant showed no remorse.\"",
  quotes=[("The defendant", "Amelia Stone")])
p(2, "Chen told the hearing that the company had acted “in good faith at all times.”\n\nThe inquiry continues.",
  quotes=[("in good faith", "Chen")], cues=[("told", "Chen")])
# cause 3
p(3, "Ferries were cancelled.\n\n“Safety comes first,” a spokesperson for Tarn Ferries said.",
  quotes=[("Safety comes first", "a spokesperson for Tarn Ferries")], cues=[("said", "a spokesperson for Tarn Ferries")])
p(3, "Exam results were delayed.\n\nThe exams regulator said the delay was caused by a software fault.",
  cues=[("said", "The exams regulator")])
p(3, "The tanker ran aground.\n\nCoastguard officials said the crew had been rescued.",
  cues=[("said", "Coastguard officials")])
p(3, "The new law is unpopular.\n\nThe country’s biggest teaching union warned that schools would suffer.",
  cues=[("warned", "The country’s biggest teaching union")])
p(3, "A report was published on Friday.\n\n‘The system is broken,’ the committee concluded.",
  quotes=[("The system is broken", "the committee")], cues=[("concluded", "the committee")])
p(3, "The tram line opened in May.\n\nThe operator told passengers that services would run every ten minutes.",
  cues=[("told", "The operator")])
# cause 4
p(4, "Ola Berg, the striker who left Harlow City for Dunmore Rovers, scored twice. \"I am happy here,\" she said.",
  quotes=[("I am happy here", "Ola Berg")], no_src=["Harlow City", "Dunmore Rovers"])
p(4, "Mayor Tom Reyes of Eastfield met ministers in Kestrel on Monday.\n\nHe told them the town needed more buses.",
  cues=[("told", "Tom Reyes")], no_src=["Eastfield", "Kestrel"])
p(4, "Born in Lagos, Ade Cole moved to Leeds at six. He says the city made him who he is.",
  cues=[("says", "Ade Cole")], no_src=["Lagos", "Leeds"])
p(4, "Nina Park, MP for Westmoor, spoke after Brightwater Energy cut jobs. She said the firm had broken its word.",
  cues=[("said", "Nina Park")], no_src=["Westmoor", "Brightwater Energy"])
p(4, "The minister for Wales, Ian Hughes, visited Cardiff. “The valleys need work,” he said.",
  quotes=[("The valleys", "Ian Hughes")], no_src=["Wales", "Cardiff"])
# cause 5
p(5, "‘We never gave up,’’ said captain Joe Marsh. The team flew home on Sunday.",
  quotes=[("We never gave up", "Joe Marsh")])
p(5, "“It’s a fresh start, ” said owner Ada Kerr. The shop opens on Monday.",
  quotes=[("It’s a fresh start", "Ada Kerr")])
p(5, "Lena Voss told the paper: “We are broke and nobody cares.\n\nShe has since moved away.",
  quotes=[("We are broke", "Lena Voss")])
p(5, "\"The figures don't add up,'' said Paul Otto, the council's treasurer. Others disagreed.",
  quotes=[("The figures don't add up", "Paul Otto")])
p(5, "« We will be back », said Jean Morel, the team’s captain.",
  quotes=[("We will be back", "Jean Morel")])
# cause 6
p(6, "The party's slogan, “Fair Shares for All”, was unveiled by leader Mira Holt.", quotes=[])
p(6, "Teachers say the “catch-up” money is not enough.", quotes=[], cues=[("say", "Teachers")])
p(6, "The ‘Save Our Pier’ campaign raised £20,000, organiser Jack Dunn said.", quotes=[], cues=[("said", "Jack Dunn")])
p(6, "The hashtag “#NotMyMayor” trended on Sunday.", quotes=[])
p(6, "The report uses the term “learning poverty” for children who cannot read.", quotes=[])
# cause 7
p(7, "The board met on Monday.\n\nThe chairman, Tim Wolfe, said he expects a decision within weeks.",
  cues=[("said", "Tim Wolfe")])
p(7, "Exports rose.\n\nThe figures, published by the statistics office on Tuesday, show exports rose by 4%.",
  cues=[("show", "The figures")])
p(7, "The ban was lifted.\n\nCampaigners believe the decision will save lives.",
  cues=[("believe", "Campaigners")])
p(7, "Fares will rise.\n\nTransport secretary Ada Lowe announced the rise on Monday and insisted it was fair.",
  cues=[("announced", "Ada Lowe"), ("insisted", "Ada Lowe")])
p(7, "The vote is next week.\n\nAccording to a survey by the Harlow Institute, most voters back the plan.",
  cues=[("According to", "Harlow Institute")])
p(7, "Rents rose.\n\nIn a letter to tenants, the landlord, Kestrel Homes, said repairs would start soon.",
  cues=[("said", "Kestrel Homes")])
p(7, "The club is for sale.\n\nOwner Sam Pike wants to sell by the summer, sources close to him say.",
  cues=[("wants", "Sam Pike"), ("say", "sources close to him")])

# ======== batch 3 ========
p(1, "The plan was drawn up by Eva Lind.\n\n“It simply will not work,” said Omar Haddad, an adviser to the former transport secretary Lucy Grant.",
  quotes=[("It simply will not", "Omar Haddad")], cues=[("said", "Omar Haddad")])
p(1, "Shares fell 8%.\n\nAccording to Ravi Menon, an analyst at Corbel Securities, “the worst is over.”",
  quotes=[("the worst is over", "Ravi Menon")], cues=[("According to", "Ravi Menon")])
p(1, "Sara Holm founded the firm in 2001.\n\nIts new boss, Piet de Vries, chief executive since March, struck a calmer tone: “We will grow again.”",
  quotes=[("We will grow again", "Piet de Vries")])
p(1, "The league met on Friday.\n\n“Nobody wants this,” the league’s chairman, Colm Riordan, told the Irish Post.",
  quotes=[("Nobody wants this", "Colm Riordan")], cues=[("told", "Colm Riordan")])
p(1, "Jo Baxter chaired the panel.\n\nTess Morgan, head of policy at the Youth Trust, a charity, says: \"Young people feel ignored.\"",
  quotes=[("Young people", "Tess Morgan")], cues=[("says", "Tess Morgan")])
p(2, "Ali Demir, a shop owner, watched the fire.\n\n“I lost everything,” he said. He paused. “Everything.”",
  quotes=[("I lost everything", "Ali Demir"), ("Everything", "Ali Demir")])
p(2, "Prime Minister Ewa Nowak told the Gazette the vote would be “a turning point for the country.”",
  quotes=[("a turning point", "Ewa Nowak")], cues=[("told", "Ewa Nowak")])
p(2, "The minister, Joao Silva, said he was “deeply sorry” for the delays but that the project was “on track.”",
  quotes=[("deeply sorry", "Joao Silva"), ("on track", "Joao Silva")])
p(2, "Kemi Ade spoke at the rally.\n\n“We will win this seat,” she said.\n\n“And then we will win the next one.”",
  quotes=[("We will win this seat", "Kemi Ade"), ("And then", "Kemi Ade")])
p(3, "Patients waited hours.\n\nStaff at the hospital said they had never seen it so busy.",
  cues=[("said", "Staff at the hospital")])
p(3, "The talks stalled.\n\nA government source told the Courier that a deal was unlikely before June.",
  cues=[("told", "A government source")])
p(3, "The company made a loss.\n\nThe watchdog found that customers had been overcharged.",
  cues=[("found", "The watchdog")])
p(3, "The paper's editorial board wrote that the mayor should resign.",
  cues=[("wrote", "editorial board")])
p(3, "Water levels rose.\n\n“The next 24 hours are critical,” the Environment Agency warned.",
  quotes=[("The next 24 hours", "Environment Agency")], cues=[("warned", "Environment Agency")])
p(5, "Ann Lee spoke first. “Yes, ” she said, “we are ready.” Officials agreed.",
  quotes=[("Yes,", "Ann Lee"), ("we are ready", "Ann Lee")])
p(5, "Coach Ivo Lang said: ‘We didn’t play well. The lads’ effort was there, but it wasn’t enough.’",
  quotes=[("We didn’t play well", "Ivo Lang")])
p(5, "‘‘It’s over,’’ Mayor Bo Lind said. The council’s vote was 7-2.",
  quotes=[("It’s over", "Bo Lind")])
p(5, "Ann Moss said: \"We tried.\n\nThe council voted against the plan on Tuesday.",
  quotes=[("We tried", "Ann Moss")])
p(7, "The vote was close.\n\nMayor Ines Kahn lost. Her claim that the vote was rigged has been rejected by the court.",
  cues=[("claim", "Ines Kahn")])
p(7, "The firm is in trouble.\n\nThe chief executive, Mo Rahman, is understood to believe the sale will go ahead.",
  cues=[("believe", "Mo Rahman")])
p(7, "The deal is done.\n\nAs first reported by the Courier, the club will be sold to a US fund.",
  cues=[("reported", "Courier")])
p(7, "Taxes will rise.\n\nIn remarks to business leaders, Finance Minister Ida Berg said the rise was needed.",
  cues=[("said", "Ida Berg")])
p(7, "The station will close.\n\nThe operator hopes to reopen it by 2028, while unions fear the closure will be permanent.",
  cues=[("hopes", "operator"), ("fear", "unions")])

# ======== batch 4 ========
p(1, "Ministers met union leaders on Tuesday.\n\nFrank Osei, the union's general secretary, who met Prime Minister Dana Wells last week, said: “We were ignored.”",
  quotes=[("We were ignored", "Frank Osei")])
p(1, "Lars Eriksen, a professor of economics at Tarn University, disagrees. “The data say otherwise,” he says.",
  quotes=[("The data say", "Lars Eriksen")], cues=[("says", "Lars Eriksen")])
p(1, "“This is a scandal” — that was the verdict of Mei Chen, a consumer rights lawyer at Fairpay.",
  quotes=[("This is a scandal", "Mei Chen")])
p(1, "The report was written for Kestrel Council.\n\nIts author, Dr Sunil Rao of the Harlow Institute, said: “The findings are stark.”",
  quotes=[("The findings are stark", "Sunil Rao")], cues=[("said", "Sunil Rao")])
p(2, "Mayor Lina Berg spoke after the flood. “We will rebuild,” she said.\n\nResidents were less hopeful.\n\n“Nobody has come to help us,” said Tom Kerr, 62.",
  quotes=[("We will rebuild", "Lina Berg"), ("Nobody has come", "Tom Kerr")])
p(2, "Dr Ruth Ames, who led the study, said the results were clear.\n\n“Children who slept more did better in every test,” she said. “The effect was large.”",
  quotes=[("Children who slept", "Ruth Ames"), ("The effect was large", "Ruth Ames")])
p(2, "Farmer Joe Platt said the price of feed had doubled. 'We can't go on like this.'",
  quotes=[("We can't go on", "Joe Platt")])
p(3, "The bank raised rates.\n\n“Inflation remains too high,” the central bank said in a statement. It added that further rises were possible.",
  quotes=[("Inflation remains", "central bank")], cues=[("said", "central bank"), ("added", "central bank")])
p(3, "A man was arrested.\n\nDetectives from Harlow Police said the man, 34, had been charged.",
  cues=[("said", "Detectives from Harlow Police")])
p(3, "The lake was polluted.\n\nScientists at the Tarn Institute warned that fish stocks could collapse.",
  cues=[("warned", "Scientists at the Tarn Institute")])
p(4, "Elena Ruiz, who was born in Seville and trained in Madrid, joined Harlow FC in 2021. She says she is happy.",
  cues=[("says", "Elena Ruiz")], no_src=["Seville", "Madrid", "Harlow FC"])
p(4, "The mayor of Kestrel, Joan Ellis, wrote to Tarn Water. She said the firm had ignored residents.",
  cues=[("said", "Joan Ellis")], no_src=["Kestrel", "Tarn Water"])
p(4, "Coach Ben Ode took charge of Dunmore Athletic in 2020. \"We have come a long way,\" he said.",
  quotes=[("We have come", "Ben Ode")], no_src=["Dunmore Athletic"])
p(5, "“We are done,’’ said Ana Cruz.\n\nShe walked out of the room. Her lawyer, Ian Bell, said nothing.",
  quotes=[("We are done", "Ana Cruz")])
p(5, "Dan Fell said: ' The vote is lost.' He left soon after.",
  quotes=[("The vote is lost", "Dan Fell")])
p(5, "“We are proud of our record,” said Gwen Tate. “No council has done more.\n\nThe opposition disagreed and called for an inquiry.",
  quotes=[("We are proud", "Gwen Tate"), ("No council has", "Gwen Tate")])
p(7, "The firm cut jobs.\n\nUnions accused the firm of breaking its promises and vowed to fight the cuts.",
  cues=[("accused", "Unions"), ("vowed", "Unions")])
p(7, "Prices rose.\n\nShoppers interviewed by the Courier expressed anger at the rise.",
  cues=[("expressed", "Shoppers interviewed by the Courier")])
p(7, "The plan failed.\n\nThe mayor's view is that the council acted too late, her spokesman said.",
  cues=[("said", "her spokesman")])

# ======== batch 5 ========
p(2, "Governor Mia Torres signed the bill on Monday, with Senator Rob Lane beside her. “This is a good day for Ohio,” she said.\n\n“We kept our promise.”",
  quotes=[("This is a good day", "Mia Torres"), ("We kept our promise", "Mia Torres")])
p(2, "Ian Fox, the club's captain, was angry. He said. “We were robbed.”",
  quotes=[("We were robbed", "Ian Fox")])
p(2, "“The market has turned,” said Amy Cho of Harlow Estates. Prices in Kestrel, where Dev Shah runs an agency, fell 3%.\n\n“Buyers are back,” Cho said.",
  quotes=[("The market has turned", "Amy Cho"), ("Buyers are back", "Amy Cho")])
p(2, "Asked about the strike, Health Secretary Paul Kemp said nurses deserved “a fair deal” but that the offer was “final.”",
  quotes=[("a fair deal", "Paul Kemp"), ("final", "Paul Kemp")])
p(5, "“We’re not going anywhere,’’ said Rosa Diaz, whose family’s shop has stood on the street since the ’60s. “This is home.’’",
  quotes=[("We’re not going anywhere", "Rosa Diaz"), ("This is home", "Rosa Diaz")])
p(5, "The judge, Carl Meyer, said: “The jury’s ‘guilty’ verdict stands.” The defence will appeal.",
  quotes=[("The jury’s", "Carl Meyer")])
p(5, "Nils Berg wrote on his blog: \"The council has failed us.\n\n\"It has ignored every warning.\"\n\nThe council declined to comment.",
  quotes=[("The council has failed", "Nils Berg"), ("It has ignored", "Nils Berg")])
p(3, "The airline cancelled 40 flights.\n\n“We apologise to our customers,” the company said, adding that refunds would be paid.",
  quotes=[("We apologise", "the company")], cues=[("said", "the company")])
p(3, "Results were delayed.\n\nThe exam board, Tarn Assessment, said in a statement that a fault was to blame.",
  cues=[("said", "Tarn Assessment")])
p(1, "Pay talks resumed.\n\n\"We are close,\" Sian Price, the union's lead negotiator, told reporters outside the talks, where Minister Alan Gray had spoken an hour earlier.",
  quotes=[("We are close", "Sian Price")], cues=[("told", "Sian Price")])

import medialit
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
import evaluate as ev
def norm(s):
    s = (s or "").lower().strip()
    for a in ("the ",):
        if s.startswith(a): s = s[len(a):]
    return s
def check(pr):
    art = medialit.load_article(pr["text"]); t = art.text
    qs = medialit.find_quotes(t); ats = medialit.find_attributions(t)
    srcs = medialit.find_sources(art)
    errs = []
    got_q = [(t[q.start:q.end], q.speaker) for q in ev.split_at_paragraphs(t, qs)]
    if pr["quotes"] is not None:
        ok = len(got_q) == len(pr["quotes"]) and all(g[0].startswith(e[0]) and (ev.names_match(g[1], e[1]) or norm(g[1]) == norm(e[1])) for g, e in zip(got_q, pr["quotes"]))
        if not ok: errs.append(f"quotes {got_q}")
    got_a = [(t[a.start:a.end], a.source) for a in ats]
    for cue, src in pr["cues"]:
        if not any(cue.lower() in c.lower() and (ev.names_match(s, src) or norm(s) == norm(src)) for c, s in got_a):
            errs.append(f"cue {cue}->{src} missing")
    for s in pr["no_src"]:
        if any(s.lower() in (x or "").lower() for _, x in got_a) or any(s.lower() in (q[1] or "").lower() for q in got_q):
            errs.append(f"bad source {s}")
    names = [x.name for x in srcs]
    for _, src in pr["cues"]:
        if src and not any(ev.names_match(n, src) or norm(n) == norm(src) for n in names):
            errs.append(f"source {src} not in find_sources {names}")
    for bad in pr["no_src"]:
        if any(bad.lower() == n.lower() for n in names):
            errs.append(f"find_sources lists {bad}")
    if errs: errs.append(f"attrs {got_a}")
    return errs
tot = collections.Counter(); ok = collections.Counter()
verbose = "-v" in sys.argv
for i, pr in enumerate(P):
    e = check(pr); tot[pr["cause"]] += 1
    if not e: ok[pr["cause"]] += 1
    elif verbose:
        print(f"[{pr['cause']}#{i}] {pr['text'][len('Town faces a hard winter'):].strip()!r}")
        for x in e: print("    ", x)
print(" ".join(f"c{c}:{ok[c]}/{tot[c]}" for c in sorted(tot)), f"total {sum(ok.values())}/{sum(tot.values())}")
